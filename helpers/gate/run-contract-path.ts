// Sends one contract path to a target and runs every check on the answer. The spec and
// the fault-detection self-tests both use this, so they cannot drift apart.
import { checkEcho } from '../checks/echo-check.ts';
import { checkId, createdIdOf, type IdRegistry } from '../checks/id-check.ts';
import { checkJsonBody } from '../checks/json-body-check.ts';
import { parseResponseBody, type ParsedBody } from '../checks/parse-response-body.ts';
import { checkStatus } from '../checks/status-check.ts';
import { locateFailure } from '../checks/failure-location.ts';
import type { CheckFailure, CheckName, CheckResult } from '../checks/check-types.ts';
import type { SchemaValidator } from '../contract/compile-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { truncateJsonDepth } from '../foundation/json-depth.ts';
import { isJsonObject } from '../foundation/json-object.ts';

/** Levels of a sent or received value a failure keeps. */
const EVIDENCE_DEPTH = 32;
import type { Target } from '../targets/target-types.ts';
import { classifyOutcome, describeGraphError } from './classify-outcome.ts';
import type { PathIdentity, PathOutcome } from './path-outcome.ts';

/** What every path of one run shares. */
export interface PathRunner {
  target: Target;
  /** Ids seen so far in this process, for the uniqueness check. */
  ids: IdRegistry;
  schemas: SchemaValidator;
}

export async function runContractPath(runner: PathRunner, contract: Contract, identity: PathIdentity, label = `${identity.contract} ${identity.pathTemplate}`): Promise<PathOutcome> {
  const { target, ids, schemas } = runner;
  try {
    const prepared = await target.prepare(contract, identity.pathTemplate);
    // A replaying target says what answers the path; the reports show it beside the path.
    if (prepared.judgedAgainst) identity = { ...identity, judgedAgainst: prepared.judgedAgainst };
    if (prepared.skip) return { ...identity, kind: 'skipped', reason: prepared.reason, classified: classifyOutcome({ kind: 'skipped' }) };
    const response = await target.send(prepared.request);
    const parsed = parseResponseBody(response);
    const created = response.status >= 200 && response.status < 300;
    // An error answer is no entity: echo and id say so once instead of listing every field.
    const entity: ParsedBody = created ? parsed : { ok: false, failure: errorAnswer(response.status, response.text) };
    const read = createdIdOf(entity);
    const checks = located(contract, {
      status: checkStatus(contract, response.status),
      json: checkJsonBody(contract, parsed, schemas),
      echo: checkEcho(contract, prepared.request.body, entity),
      id: checkId(entity, ids, label),
    });
    return {
      ...identity,
      kind: 'ran',
      status: response.status,
      durationMs: response.durationMs,
      retries: response.retries,
      ...(prepared.request.rewrites ? { rewrites: prepared.request.rewrites } : {}),
      checks,
      classified: classifyOutcome({ kind: 'ran', status: response.status, text: response.text, checks: Object.values(checks) }),
      ...(read.ok ? { createdId: read.id } : {}),
    };
  } catch (error) {
    const thrown = describeThrown(error);
    return { ...identity, kind: 'error', ...thrown, classified: classifyOutcome({ kind: 'error', ...thrown }) };
  }
}

function located(contract: Contract, checks: Record<CheckName, CheckResult>): Record<CheckName, CheckResult> {
  for (const result of Object.values(checks)) {
    for (const failure of result.failures) {
      failure.where = locateFailure(contract, result.check, failure);
      // What a service sent back can nest arbitrarily deep; the report keeps the evidence, bounded.
      if (failure.received !== undefined) failure.received = truncateJsonDepth(failure.received, EVIDENCE_DEPTH);
      if (failure.sent !== undefined) failure.sent = truncateJsonDepth(failure.sent, EVIDENCE_DEPTH);
    }
  }
  return checks;
}

// Programming errors (a TypeError in our own code) must not pass for the target's fault.
const INTERNAL_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

function describeThrown(error: unknown): { code: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code) return { code, message };
  if (INTERNAL_ERRORS.some((type) => error instanceof type)) {
    const frame = (error as Error).stack?.split('\n').find((line) => line.includes('/helpers/'))?.trim();
    return { code: 'INTERNAL_ERROR', message: `a defect in graph-contracts, not in the target: ${(error as Error).name}: ${message}${frame ? ` (${frame})` : ''}` };
  }
  return { code: 'TARGET_ERROR', message };
}

function errorAnswer(status: number, text: string): CheckFailure {
  const graphError = describeGraphError(text);
  return { code: 'BODY_UNAVAILABLE', message: `HTTP ${status} is not a created entity${graphError ? `: ${graphError.replace(/\.?$/, '.')}` : '.'}` };
}
