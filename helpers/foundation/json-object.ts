import type { JsonObject, JsonValue } from './contract-types.ts';

/** A JSON object: not null, not an array. The one spelling of this test across the project. */
export function isJsonObject(value: JsonValue | undefined | unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
