// id: a non-empty string, unique across the run. The registry is per process (per shard);
// the merged contract report checks ids across shards (helpers/report/contract-report.ts).
import type { JsonValue } from '../contract/contract-types.ts';
import { checkResult, type CheckResult } from './check-types.ts';
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
  if (!parsed.ok || parsed.body === null || typeof parsed.body !== 'object' || Array.isArray(parsed.body)) {
    const why = !parsed.ok && parsed.failure.code === 'BODY_UNAVAILABLE' ? ` ${parsed.failure.message}` : '';
    return checkResult('id', [{ code: 'BODY_UNAVAILABLE', message: `No JSON object body to read \`id\` from.${why}` }]);
  }
  if (!('id' in parsed.body)) return checkResult('id', [{ code: 'ID_MISSING', field: 'id', message: 'Response has no `id`.' }]);
  const id: JsonValue = parsed.body.id ?? null;
  if (typeof id !== 'string') {
    return checkResult('id', [{ code: 'ID_NOT_STRING', field: 'id', message: `id is ${JSON.stringify(id)}, expected a string.`, received: id }]);
  }
  if (id.trim() === '') return checkResult('id', [{ code: 'ID_EMPTY', field: 'id', message: 'id is an empty string.', received: id }]);
  const previous = registry.claim(id, label);
  if (previous !== undefined) {
    return checkResult('id', [{ code: 'ID_DUPLICATE', field: 'id', message: `id ${id} was already returned for ${previous}.`, received: id }]);
  }
  return checkResult('id', []);
}
