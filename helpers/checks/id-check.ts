// id: a non-empty string, unique across the run. The registry is per process (per shard);
// the merged contract report checks ids across shards (helpers/report/contract-report.ts).
import type { JsonValue } from '../foundation/contract-types.ts';
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
  const read = readCreatedId(parsed);
  if (!read.ok) return checkResult('id', [read.failure]);
  const previous = registry.claim(read.id, label);
  if (previous !== undefined) {
    return checkResult('id', [{ code: 'ID_DUPLICATE', field: 'id', message: `id ${read.id} was already returned for ${previous}.`, received: read.id }]);
  }
  return checkResult('id', []);
}

/** The created entity's `id`: a non-empty string, or why there is none. */
export function readCreatedId(parsed: ParsedBody): { ok: true; id: string } | { ok: false; failure: CheckFailure } {
  if (!parsed.ok || parsed.body === null || typeof parsed.body !== 'object' || Array.isArray(parsed.body)) {
    const why = !parsed.ok && parsed.failure.code === 'BODY_UNAVAILABLE' ? ` ${parsed.failure.message}` : '';
    return { ok: false, failure: { code: 'BODY_UNAVAILABLE', message: `No JSON object body to read \`id\` from.${why}` } };
  }
  if (!('id' in parsed.body)) return { ok: false, failure: { code: 'ID_MISSING', field: 'id', message: 'Response has no `id`.' } };
  const id: JsonValue = parsed.body.id ?? null;
  if (typeof id !== 'string') return { ok: false, failure: { code: 'ID_NOT_STRING', field: 'id', message: `id is ${JSON.stringify(id)}, expected a string.`, received: id } };
  if (id.trim() === '') return { ok: false, failure: { code: 'ID_EMPTY', field: 'id', message: 'id is an empty string.', received: id } };
  return { ok: true, id };
}
