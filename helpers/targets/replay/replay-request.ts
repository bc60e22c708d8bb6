// The request the replay target sends for a recorded path, and how it stands against the
// recorded one. The body is made as the recording run made it (the documented example, the
// parameter ids, the overrides file when one is given, the run marker), with the stand-ins the
// recording holds, so the request of an unchanged contract equals the recorded request field
// for field. When the contract's example changed, the fields that differ are named; and a
// field the recorded service echoed back (its answer held what was sent, or held the field
// though nothing was sent) comes back as sent now, as far as the recording shows the service
// would: a value of the JSON type it answered (a number where it answered a string stays its
// string), inside objects only the properties it answered. A new example value is no
// disagreement with the service; a new type, or a property it never returns, is.
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../../foundation/date-time-offset.ts';
import { isJsonObject } from '../../foundation/json-object.ts';
import { pathParameters } from '../../foundation/path-template.ts';
import type { RequestDifference } from '../judged-against.ts';
import { sortKeys } from '../record/nock-definition.ts';
import { parameterPlaceholder } from '../record/normalise-exchange.ts';
import { MARKER_PLACEHOLDER } from '../record/stable-placeholders.ts';
import { overrideFor, type BodyOverrides } from '../tenant/body-overrides.ts';
import { markerField } from '../tenant/marker.ts';
import { tenantBody } from '../tenant/tenant-body.ts';
import type { BodyRewrite } from '../target-types.ts';

/** Each parameter of the template as the recording holds it. */
export function recordedParameters(pathTemplate: string): Record<string, string> {
  return Object.fromEntries(pathParameters(pathTemplate).map((name) => [name, parameterPlaceholder(name)]));
}

/** The body the recording run would send now, and how it differs from the documented example. */
export function replayBody(contract: Contract, pathTemplate: string, overrides: BodyOverrides): { body: JsonObject; rewrites: BodyRewrite[] } {
  const field = markerField(contract);
  const override = overrideFor(contract, overrides);
  return tenantBody(contract, { parameters: recordedParameters(pathTemplate), ...(override ? { override } : {}), ...(field ? { marker: { field, value: MARKER_PLACEHOLDER } } : {}) });
}

/** The top-level fields whose value differs between the recorded request body and `now`. */
export function requestDifferences(recorded: JsonValue | undefined, now: JsonObject): RequestDifference[] {
  const before = isJsonObject(recorded) ? recorded : {};
  const differences: RequestDifference[] = [];
  for (const field of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
    const had = Object.hasOwn(before, field);
    const has = Object.hasOwn(now, field);
    if (had && !has) differences.push({ field, change: 'removed' });
    else if (!had && has) differences.push({ field, change: 'added' });
    else if (!sameJson(before[field]!, now[field]!)) differences.push({ field, change: 'changed' });
  }
  return differences;
}

/** The fields of `now` to put into the recorded answer: those that differ and that the recorded service echoed. */
export function echoedNow(differences: readonly RequestDifference[], recordedRequest: JsonValue | undefined, recordedAnswer: JsonValue, now: JsonObject): JsonObject {
  const sent = isJsonObject(recordedRequest) ? recordedRequest : {};
  if (!isJsonObject(recordedAnswer)) return {};
  const echoed: JsonObject = {};
  for (const { field, change } of differences) {
    if (change === 'removed' || !Object.hasOwn(recordedAnswer, field)) continue;
    const wasSent = Object.hasOwn(sent, field);
    if (!wasSent || sameJson(sent[field]!, recordedAnswer[field]!)) Object.defineProperty(echoed, field, { value: echoLike(recordedAnswer[field]!, now[field]!), enumerable: true, writable: true, configurable: true });
  }
  return echoed;
}

/**
 * `now` as the recorded service would echo it, judged by what it answered (`recorded`): a
 * value of another JSON type keeps the recorded one; in an object, a property it did not answer
 * is not returned and one it answered but not sent now stays; arrays item by item.
 */
export function echoLike(recorded: JsonValue, now: JsonValue): JsonValue {
  if (recorded === null || now === null) return now;
  if (Array.isArray(recorded) && Array.isArray(now)) return recorded.length === 0 ? now : now.map((item, i) => echoLike(recorded[Math.min(i, recorded.length - 1)]!, item));
  if (isJsonObject(recorded) && isJsonObject(now)) {
    // Another derived type than was answered: the recording says nothing of its properties.
    if (odataType(recorded) !== odataType(now)) return now;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(recorded)) {
      Object.defineProperty(out, key, { value: Object.hasOwn(now, key) ? echoLike(value, now[key]!) : value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return kind(recorded) === kind(now) ? now : recorded;
}

function odataType(value: JsonObject): string {
  const type = value['@odata.type'];
  return typeof type === 'string' ? type.replace(/^#/, '').toLowerCase() : '';
}

/** The top-level properties of a created entity's recorded answer that the contract does not document. */
export function undocumentedProperties(contract: Contract, recordedAnswer: JsonValue): string[] {
  if (!isJsonObject(recordedAnswer)) return [];
  const documented = new Set(contract.properties.map((property) => property.name));
  return Object.keys(recordedAnswer).filter((key) => !key.startsWith('@') && !key.includes('@') && key !== 'id' && !documented.has(key)).sort();
}

function kind(value: JsonValue): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/**
 * A recorded answer with `echoed` put in. For a read-back, only fields that read back as the
 * create answered them (`createAnswer`) are replaced.
 */
export function withEchoed(answer: JsonValue, echoed: JsonObject, createAnswer?: JsonValue): JsonValue {
  if (!isJsonObject(answer) || Object.keys(echoed).length === 0) return answer;
  const out: JsonObject = { ...answer };
  for (const [field, value] of Object.entries(echoed)) {
    if (!Object.hasOwn(answer, field)) continue;
    if (createAnswer !== undefined && !(isJsonObject(createAnswer) && Object.hasOwn(createAnswer, field) && sameJson(createAnswer[field]!, answer[field]!))) continue;
    Object.defineProperty(out, field, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Equal as JSON, keys in any order; two strings that are the same instant are equal. */
export function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const instant = parseDateTimeOffset(a);
    return instant !== undefined && instant === parseDateTimeOffset(b);
  }
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
