// Graph errors look like {"error":{"code","message","innerError"}}; Intune often puts a
// second JSON document inside `message` ({"_version":3,"Message":"...","ErrorSourceService"...}).
// Decoding it gives the report the real reason instead of an escaped string.
import { isJsonObject } from '../../foundation/json-object.ts';
import type { JsonValue } from '../../foundation/contract-types.ts';

export interface DecodedGraphError {
  code?: string;
  message?: string;
  /** The JSON found inside `error.message`, when there is one. */
  embedded?: JsonValue;
  requestId?: string;
}

export function decodeGraphError(text: string): DecodedGraphError | undefined {
  const error = parseObject(text)?.error;
  if (!isJsonObject(error)) return undefined;
  const { code, message, innerError } = error;
  const decoded: DecodedGraphError = {};
  if (typeof code === 'string') decoded.code = code;
  if (typeof message === 'string') {
    const embedded = parseObject(message);
    if (embedded) {
      decoded.embedded = embedded;
      const inner = embedded.Message ?? embedded.message;
      decoded.message = typeof inner === 'string' ? inner : message;
    } else {
      decoded.message = message;
    }
  }
  if (isJsonObject(innerError)) {
    const id = innerError['request-id'] ?? innerError.requestId;
    if (typeof id === 'string') decoded.requestId = id;
  }
  return decoded;
}

function parseObject(text: string): Record<string, JsonValue> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value = JSON.parse(text) as JsonValue;
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
