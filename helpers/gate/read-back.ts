// The read check's step of a path: after a create that answered 2xx with an id, ask the target
// to read the entity back and hold the answer to the contract and to the create's answer.
// Nothing to read (an error answer, no id) or GRAPH_READ=false: the check is skipped, saying why.
// A read that got no answer (a timeout, the network) is the check's READ_UNAVAILABLE, not an
// error of the path: the create's own checks still stand.
import { skippedCheck, checkResult, type CheckResult } from '../checks/check-types.ts';
import { createdIdOf } from '../checks/id-check.ts';
import { headerValue, type ParsedBody } from '../checks/parse-response-body.ts';
import { checkRead } from '../checks/read-check.ts';
import type { SchemaValidator } from '../contract/compile-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { OutgoingRequest, RetryRecord, Target, TargetResponse } from '../targets/target-types.ts';
import { describeThrown } from './describe-thrown.ts';
import type { ReadEvidence } from './path-outcome.ts';

/** The read check's skip note when GRAPH_READ=false. */
export const READ_OFF_REASON = 'GRAPH_READ=false: created entities are not read back in this run.';

export interface ReadStep {
  result: CheckResult;
  evidence?: ReadEvidence;
  /** The read's retries and 404 polls, named as the read's, for the path's row. */
  retries: RetryRecord[];
}

export async function readBack(target: Target, schemas: SchemaValidator, contract: Contract, create: OutgoingRequest, response: TargetResponse, entity: ParsedBody, off?: string): Promise<ReadStep> {
  if (off) return { result: skippedCheck('read', off), retries: [] };
  const id = createdIdOf(entity);
  if (!id.ok || !entity.ok || !isJsonObject(entity.body)) {
    const why = response.status >= 200 && response.status < 300 ? 'its answer has no usable id' : `it answered HTTP ${response.status}`;
    return { result: skippedCheck('read', `No entity to read back: ${why}.`), retries: [] };
  }
  const location = headerValue(response.headers, 'location');
  let read;
  try {
    read = await target.read({ create, id: id.id, ...(location ? { location } : {}) });
  } catch (error) {
    const thrown = describeThrown(error);
    // Our own defects and the mock's refusals stop the path as any other run error does.
    if (thrown.code === 'INTERNAL_ERROR' || thrown.code.startsWith('MOCK_')) throw error;
    return { result: checkResult('read', [{ code: 'READ_UNAVAILABLE', message: `Reading the created entity back failed (${thrown.code}): ${thrown.message}` }]), retries: [] };
  }
  return {
    result: checkRead({ contract, sent: create.body, created: entity.body, read, schemas }),
    evidence: { url: read.url, status: read.status, appearedAfterMs: Math.round(read.appearedAfterMs), durationMs: Math.round(read.durationMs) },
    retries: read.retries.map((retry) => ({ ...retry, reason: `read: ${retry.reason}` })),
  };
}
