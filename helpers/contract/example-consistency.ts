import type { JsonObject, JsonValue } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import { ownValue } from '../foundation/own-property.ts';

const PLACEHOLDER = /^<Unknown Primitive Type [^>]*>$/;
/** `"Boolean"`, `"String (timestamp)"`, `"datetime-value"`, `"<value>"`: what a writer puts where a value belongs. */
const TYPED_PLACEHOLDER = /^(?:(?:string|boolean|int16|int32|int64|byte|sbyte|double|single|decimal|float|datetimeoffset|datetime|date|timeofday|duration|guid|binary)(?:\s*\([^()]*\))?|[\w-]*-value|<[^<>]*>)$/i;

/** A string an example holds instead of a value of its property's type. */
export function isPlaceholderValue(value: JsonValue | undefined): boolean {
  return typeof value === 'string' && TYPED_PLACEHOLDER.test(value.trim());
}

/** Top-level fields whose example value is the docs generator's placeholder, not data. */
export function placeholderFields(body: JsonObject): string[] {
  return Object.entries(body).filter(([, value]) => typeof value === 'string' && PLACEHOLDER.test(value)).map(([name]) => name);
}

/** Echoed fields the example response shows with another value than the example request. */
export function echoMismatches(fields: string[], request: JsonObject, response: JsonObject): string[] {
  return fields.filter((field) => Object.hasOwn(response, field) && !sameDocValue(ownValue(request, field), ownValue(response, field), field));
}

function sameDocValue(a: JsonValue | undefined, b: JsonValue | undefined, field: string): boolean {
  if (field.endsWith('@odata.type') && typeof a === 'string' && typeof b === 'string') {
    return a.replace(/^#/, '') === b.replace(/^#/, '');
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameDocValue(item, b[index], field));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameDocValue(ownValue(a, key), ownValue(b, key), key));
  }
  return a === b;
}
