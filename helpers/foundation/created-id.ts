// The one reader of a created entity's `id`: the id check reports what it finds, the tenant
// target records what it must delete. Both must agree on what counts as an id.
import type { JsonValue } from './contract-types.ts';
import { isJsonObject } from './json-object.ts';

export type CreatedIdRead =
  | { kind: 'id'; id: string }
  | { kind: 'no-object' }
  | { kind: 'missing' }
  | { kind: 'not-string'; value: JsonValue }
  | { kind: 'empty'; value: string };

export function readCreatedId(body: JsonValue | undefined): CreatedIdRead {
  if (!isJsonObject(body)) return { kind: 'no-object' };
  if (!Object.hasOwn(body, 'id')) return { kind: 'missing' };
  const id: JsonValue = body.id ?? null;
  if (typeof id !== 'string') return { kind: 'not-string', value: id };
  if (id.trim() === '') return { kind: 'empty', value: id };
  return { kind: 'id', id };
}
