// The one shape a recording is kept in: nock's own recorded definition, as `nock.recorder`
// writes it with `output_objects: true` and `nock.define` / `nock.back` read it back, so a
// recording loads with nock alone. Keys are written in one fixed order, and every object of a
// body with its keys sorted, so an unchanged answer is the same bytes run after run.
import type { JsonValue } from '../../foundation/contract-types.ts';
import { isJsonObject } from '../../foundation/json-object.ts';

export interface NockDefinition {
  /** Origin with port, as nock's recorder writes it: `https://graph.microsoft.com:443`. */
  scope: string;
  method: 'POST' | 'GET';
  /** Version segment and path, parameters as placeholders: `/beta/deviceAppManagement/mobileApps`. */
  path: string;
  /** The request body sent (a create); nock.define matches a request on it. */
  body?: JsonValue;
  status: number;
  /** The answer's body: parsed JSON, or the text when it is not JSON (as the recorder does). */
  response: JsonValue;
  /** The answer's headers that say something about the contract (lower-case names, sorted). */
  rawHeaders: Record<string, string>;
  responseIsBinary: false;
}

/** The answer headers kept: what a check reads. Every other header (dates, request ids, cookies, diagnostics) is left out. */
export const RECORDED_HEADERS = ['content-type', 'location', 'odata-version'] as const;

/** `definition` with its keys in the recorder's order and every object of its bodies sorted by key. */
export function orderedDefinition(definition: NockDefinition): NockDefinition {
  return {
    scope: definition.scope,
    method: definition.method,
    path: definition.path,
    ...(definition.body !== undefined ? { body: sortKeys(definition.body) } : {}),
    status: definition.status,
    response: sortKeys(definition.response),
    rawHeaders: Object.fromEntries(Object.entries(definition.rawHeaders).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    responseIsBinary: false,
  };
}

/** Object keys in code-point order at every level (OData's `@odata.*` annotations sort first). */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    // defineProperty: a key named `__proto__` stays a key.
    Object.defineProperty(sorted, key, { value: sortKeys(value[key]!), enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}

/** The nock origin (`https://host:443`) of a base URL. */
export function nockScope(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'http:' ? '80' : '443')}`;
}
