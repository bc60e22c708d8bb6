// id: a non-empty string, unique across the run. The registry is per process (per shard);
// the merged contract report checks ids across shards (helpers/report/contract-report.ts).
import { readCreatedId } from '../foundation/created-id.ts';
import { checkResult, type CheckFailure, type CheckResult } from './check-types.ts';
import type { ParsedBody } from './parse-response-body.ts';

export class IdRegistry {
  private readonly seen = new Map<string, string>();

  /** The label that first claimed `id`, or undefined when `id` is new (it is claimed for `label`). */
  claim(id: string, label: string): string | undefined {
    const previous = this.seen.get(id);
    if (previous === undefined) this.seen.set(id, label);
    return previous;
  }
}

export function checkId(parsed: ParsedBody, registry: IdRegistry, label: string): CheckResult {
  const read = createdIdOf(parsed);
  if (!read.ok) return checkResult('id', [read.failure]);
  const previous = registry.claim(read.id, label);
  if (previous !== undefined) {
    return checkResult('id', [{ code: 'ID_DUPLICATE', field: 'id', message: `id ${read.id} was already returned for ${previous}.`, received: read.id }]);
  }
  return checkResult('id', []);
}

/** The created entity's `id`: a non-empty string, or the failure that says why there is none. */
export function createdIdOf(parsed: ParsedBody): { ok: true; id: string } | { ok: false; failure: CheckFailure } {
  const read = readCreatedId(parsed.ok ? parsed.body : undefined);
  switch (read.kind) {
    case 'id':
      return { ok: true, id: read.id };
    case 'no-object': {
      const message = !parsed.ok && parsed.failure.code === 'BODY_UNAVAILABLE' ? parsed.failure.message : 'No JSON object body to read `id` from.';
      return { ok: false, failure: { code: 'BODY_UNAVAILABLE', message } };
    }
    case 'missing':
      return { ok: false, failure: { code: 'ID_MISSING', field: 'id', message: 'Response has no `id`.' } };
    case 'not-string':
      return { ok: false, failure: { code: 'ID_NOT_STRING', field: 'id', message: `id is ${JSON.stringify(read.value)}, expected a string.`, received: read.value } };
    case 'empty':
      return { ok: false, failure: { code: 'ID_EMPTY', field: 'id', message: 'id is an empty string.', received: read.value } };
  }
}
