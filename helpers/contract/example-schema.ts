import type { JsonObject, JsonSchema, JsonValue } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import { setOwn } from '../foundation/own-property.ts';

// Complex types have no property table on a create page; their shape is taken from the
// documented example, with `@odata.type` always allowed. Only JSON types are inferred: an
// example string tells nothing reliable about its format.

export function complexObjectSchema(example: JsonValue | undefined): JsonSchema {
  const schema: JsonSchema = { type: 'object', properties: { '@odata.type': { type: 'string' } } };
  if (isJsonObject(example)) {
    const properties = schema.properties as Record<string, JsonSchema>;
    for (const [key, value] of Object.entries(example)) {
      if (key !== '@odata.type') setOwn(properties, key, exampleSchema(value));
    }
  }
  return schema;
}

export function exampleSchema(value: JsonValue): JsonSchema {
  if (value === null) return {};
  if (Array.isArray(value)) return { type: 'array', items: itemsSchema(value) };
  switch (typeof value) {
    case 'object':
      return complexObjectSchema(value);
    case 'number':
      return { type: Number.isInteger(value) ? 'integer' : 'number' };
    default:
      return { type: typeof value };
  }
}

/** Objects in one array are merged into one shape; mixed JSON types leave the items open. */
function itemsSchema(items: JsonValue[]): JsonSchema {
  const objects = items.filter((item): item is JsonObject =>
    isJsonObject(item));
  if (objects.length > 0 && objects.length === items.length) {
    return complexObjectSchema(assignOwn([...objects].reverse()));
  }
  const first = items[0];
  if (first === undefined) return {};
  const schema = exampleSchema(first);
  return items.every((item) => sameJsonType(item, first)) ? schema : {};
}

/** Object.assign({}, ...objects), but `__proto__` is copied as a property like any other key. */
function assignOwn(objects: JsonObject[]): JsonObject {
  const merged: JsonObject = {};
  for (const object of objects) for (const [key, value] of Object.entries(object)) setOwn(merged, key, value);
  return merged;
}

function sameJsonType(a: JsonValue, b: JsonValue): boolean {
  const kind = (value: JsonValue) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  return kind(a) === kind(b);
}
