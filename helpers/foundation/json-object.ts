import type { JsonObject, JsonValue } from './contract-types.ts';

/** A JSON object: not null, not an array. The one spelling of this test across the project. */
/** `text` as JSON, or undefined when it is not JSON: for answers and lines that may be anything. */
export function parseJsonOrUndefined(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function isJsonObject(value: JsonValue | undefined | unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
