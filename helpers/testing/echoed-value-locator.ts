// Finds a value the client sent and the service must echo, so a fault can corrupt exactly
// that value in the reply. Paths are segments: ['uploadedLogs', 0, 'status'].
import type { Contract, JsonValue } from '../foundation/contract-types.ts';

export type JsonPath = Array<string | number>;
export type ValuePredicate = (value: JsonValue, path: JsonPath) => boolean;

export function findEchoedValue(contract: Contract, predicate: ValuePredicate): JsonPath | undefined {
  const body = contract.request.example.body;
  for (const field of contract.echo.equal) {
    const value = body[field];
    if (value === undefined) continue;
    const found = walk(value, [field], predicate);
    if (found) return found;
  }
  return undefined;
}

function walk(value: JsonValue, path: JsonPath, predicate: ValuePredicate): JsonPath | undefined {
  if (predicate(value, path)) return path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = walk(item, [...path, i], predicate);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = walk(item, [...path, key], predicate);
      if (found) return found;
    }
  }
  return undefined;
}

/** Applies `edit` to the value at `path` inside `root` (mutates); `undefined` from `edit` deletes it. */
export function editAt(root: JsonValue, path: JsonPath, edit: (value: JsonValue) => JsonValue | undefined): void {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  let parent: JsonValue | undefined = root;
  for (const segment of parentPath) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, JsonValue>)[segment] : undefined;
  if (parent === null || typeof parent !== 'object' || last === undefined) return;
  const container = parent as Record<string | number, JsonValue>;
  const next = edit(container[last] as JsonValue);
  if (next !== undefined) container[last] = next;
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete container[last];
}
