// Echo: what the client wrote comes back meaning the same; what the service owns is
// present and well-formed. `id` is left to the id check so one fault fails one check.
import { isJsonObject } from '../foundation/json-object.ts';
import type { Contract, JsonObject, JsonValue } from '../foundation/contract-types.ts';
import { checkResult, type CheckFailure, type CheckResult } from './check-types.ts';
import { compareEchoedValue, type StringHint } from './compare-echoed-value.ts';
import type { ParsedBody } from './parse-response-body.ts';
import { describeFormatMismatch } from './server-owned-format.ts';
import { ownValue } from '../foundation/own-property.ts';

export function checkEcho(contract: Contract, sentBody: JsonObject, parsed: ParsedBody): CheckResult {
  const received = asObject(parsed);
  if (!received) {
    // An error answer's reason reads the same for echo and id, so a report can say it once.
    const message = !parsed.ok && parsed.failure.code === 'BODY_UNAVAILABLE' ? parsed.failure.message : 'No JSON object body to compare echoed fields with.';
    return checkResult('echo', [{ code: 'BODY_UNAVAILABLE', message }]);
  }
  const facts = new Map(contract.properties.map((p) => [p.name, p]));
  const failures: CheckFailure[] = [];
  for (const field of contract.echo.equal) {
    const sent = ownValue(sentBody, field);
    if (sent === undefined) continue; // documented as echoed, but this example does not send it
    failures.push(...compareEchoedValue(field, sent, ownValue(received, field), hintFor(facts.get(field)?.type)));
  }
  for (const field of contract.echo.serverOwned) {
    if (field === 'id') continue;
    if (!Object.hasOwn(received, field)) {
      failures.push({ code: 'SERVER_OWNED_MISSING', field, message: `${field} is owned by the service but missing from the response.` });
      continue;
    }
    const value = ownValue(received, field) ?? null;
    const why = describeFormatMismatch(value, facts.get(field));
    if (why) failures.push({ code: 'SERVER_OWNED_FORMAT', field, message: `${field}: ${why}, received ${JSON.stringify(value)}.`, received: value });
  }
  return checkResult('echo', failures);
}

function hintFor(type: string | undefined): StringHint {
  if (type === undefined) return 'sniff';
  const bare = type.replace(/^Edm\./, '');
  // Pages that say `DateTime` mean a DateTimeOffset on the wire.
  return bare === 'DateTimeOffset' || bare === 'DateTime' ? 'instant' : 'text';
}

function asObject(parsed: ParsedBody): JsonObject | undefined {
  if (!parsed.ok) return undefined;
  const body = parsed.body;
  return isJsonObject(body) ? body : undefined;
}
