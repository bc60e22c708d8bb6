// Sends one contract path to a target and runs every check on the answer. The spec and
// the fault-detection self-tests both use this, so they cannot drift apart.
import { checkEcho } from '../checks/echo-check.ts';
import { checkId, createdIdOf, type IdRegistry } from '../checks/id-check.ts';
import { checkJsonBody } from '../checks/json-body-check.ts';
import { parseResponseBody, type ParsedBody } from '../checks/parse-response-body.ts';
import type { CheckFailure } from '../checks/check-types.ts';
import { checkStatus } from '../checks/status-check.ts';
import type { Contract } from '../foundation/contract-types.ts';
import type { Target } from '../targets/target-types.ts';
import type { PathIdentity, PathOutcome } from './path-outcome.ts';

export async function runContractPath(target: Target, contract: Contract, identity: PathIdentity, ids: IdRegistry, label = `${identity.contract} ${identity.pathTemplate}`): Promise<PathOutcome> {
  try {
    const prepared = await target.prepare(contract, identity.pathTemplate);
    if (prepared.skip) return { ...identity, kind: 'skipped', reason: prepared.reason };
    const response = await target.send(prepared.request);
    const parsed = parseResponseBody(response);
    const created = response.status >= 200 && response.status < 300;
    // An error answer is no entity: echo and id say so once instead of listing every field.
    const entity: ParsedBody = created ? parsed : { ok: false, failure: errorAnswer(response.status, parsed) };
    const read = createdIdOf(entity);
    const createdId = read.ok ? read.id : undefined;
    return {
      ...identity,
      kind: 'ran',
      status: response.status,
      durationMs: response.durationMs,
      retries: response.retries,
      checks: {
        status: checkStatus(contract, response.status),
        json: checkJsonBody(contract, parsed),
        echo: checkEcho(contract, prepared.request.body, entity),
        id: checkId(entity, ids, label),
      },
      ...(createdId !== undefined ? { createdId } : {}),
    };
  } catch (error) {
    // A target that throws (network refused, unhandled request) fails every check of this path.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'TARGET_ERROR';
    return { ...identity, kind: 'error', code, message: error instanceof Error ? error.message : String(error) };
  }
}

function errorAnswer(status: number, parsed: ParsedBody): CheckFailure {
  const graphError = parsed.ok ? (parsed.body as { error?: { code?: string; message?: string } } | null)?.error : undefined;
  const detail = graphError ? `: ${graphError.code ?? ''} ${graphError.message ?? ''}`.trimEnd() : '';
  return { code: 'BODY_UNAVAILABLE', message: `HTTP ${status} is not a created entity${detail}.` };
}
