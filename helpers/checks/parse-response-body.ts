// Turns a raw target response into a JSON body or the reason there is none. Every check
// that needs the body reads this, so "not JSON" is reported once, by the json check.
import type { JsonValue } from '../foundation/contract-types.ts';
import type { TargetResponse } from '../targets/target-types.ts';
import type { CheckFailure } from './check-types.ts';

export type ParsedBody = { ok: true; body: JsonValue } | { ok: false; failure: CheckFailure };

// `application/json` with or without OData parameters (odata.metadata=minimal;charset=utf-8...).
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

export function parseResponseBody(response: Pick<TargetResponse, 'headers' | 'text'>): ParsedBody {
  const contentType = headerValue(response.headers, 'content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(contentType.trim())) {
    return fail('CONTENT_TYPE_NOT_JSON', `Content-Type is "${contentType}", expected application/json.`, contentType);
  }
  try {
    return { ok: true, body: JSON.parse(response.text) as JsonValue };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('BODY_INVALID_JSON', `Body is not valid JSON (${reason}).`, response.text.slice(0, 200));
  }
}

function fail(code: CheckFailure['code'], message: string, received: string): ParsedBody {
  return { ok: false, failure: { code, message, received } };
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
