// Semantic equality between a value sent and the value the service returned for it.
// Graph rewrites some values without changing their meaning (dates to UTC, `#` on
// `@odata.type`, extra properties), so byte equality would fail a correct service.
import { truncateJsonDepth } from '../foundation/json-depth.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { JsonValue } from '../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../foundation/date-time-offset.ts';
import type { CheckFailure } from './check-types.ts';
import { ownValue } from '../foundation/own-property.ts';

/** How to read a string: as an instant, as opaque text, or by sniffing (nested values have no type facts). */
export type StringHint = 'instant' | 'text' | 'sniff';

export function compareEchoedValue(field: string, sent: JsonValue, received: JsonValue | undefined, hint: StringHint = 'sniff'): CheckFailure[] {
  if (received === undefined) return [failure('ECHO_MISSING', field, sent, received, 'was sent but is missing from the response')];
  if (Array.isArray(sent)) return compareArrays(field, sent, received);
  if (sent !== null && typeof sent === 'object') return compareObjects(field, sent, received);
  if (typeof sent === 'string') return compareStrings(field, sent, received, hint);
  if (typeof sent === 'number') {
    if (typeof received !== 'number') return [typeMismatch(field, sent, received)];
    return sent === received ? [] : [failure('ECHO_MISMATCH', field, sent, received, 'differs numerically')];
  }
  if (typeof received !== typeof sent || (received === null) !== (sent === null)) return [typeMismatch(field, sent, received)];
  return sent === received ? [] : [failure('ECHO_MISMATCH', field, sent, received, 'differs')];
}

function compareStrings(field: string, sent: string, received: JsonValue, hint: StringHint): CheckFailure[] {
  if (typeof received !== 'string') return [typeMismatch(field, sent, received)];
  if (isODataTypeField(field)) {
    return stripHash(sent) === stripHash(received) ? [] : [failure('ECHO_MISMATCH', field, sent, received, 'names a different type')];
  }
  const sentInstant = hint === 'text' ? undefined : parseDateTimeOffset(sent);
  if (sentInstant !== undefined) {
    const receivedInstant = parseDateTimeOffset(received);
    if (receivedInstant === sentInstant) return [];
    const why = receivedInstant === undefined ? 'is not a DateTimeOffset' : `is a different instant (${receivedInstant - sentInstant} x 100 ns)`;
    return [failure('ECHO_MISMATCH', field, sent, received, why)];
  }
  return sent === received ? [] : [failure('ECHO_MISMATCH', field, sent, received, 'differs')];
}

function compareArrays(field: string, sent: JsonValue[], received: JsonValue): CheckFailure[] {
  if (!Array.isArray(received)) return [typeMismatch(field, sent, received)];
  if (received.length !== sent.length) {
    return [failure('ECHO_LENGTH_MISMATCH', field, sent, received, `has ${received.length} items, ${sent.length} were sent`)];
  }
  return sent.flatMap((item, i) => compareEchoedValue(`${field}[${i}]`, item, received[i]));
}

function compareObjects(field: string, sent: { [key: string]: JsonValue }, received: JsonValue): CheckFailure[] {
  if (!isJsonObject(received)) return [typeMismatch(field, sent, received)];
  // Extra received properties are fine: Graph returns every property of the type.
  return Object.entries(sent).flatMap(([key, value]) => compareEchoedValue(`${field}.${key}`, value, ownValue(received, key)));
}

function isODataTypeField(field: string): boolean {
  return field === '@odata.type' || field.endsWith('.@odata.type');
}

function stripHash(text: string): string {
  return text.startsWith('#') ? text.slice(1) : text;
}

function typeMismatch(field: string, sent: JsonValue, received: JsonValue): CheckFailure {
  return failure('ECHO_TYPE_MISMATCH', field, sent, received, `came back as ${jsonType(received)}, ${jsonType(sent)} was sent`);
}

function jsonType(value: JsonValue): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const SHOWN_DEPTH = 8;
const SHOWN_LENGTH = 300;

/** A value as the message shows it: bounded in depth (a service can answer anything) and length. */
function shortJson(value: JsonValue): string {
  const text = JSON.stringify(truncateJsonDepth(value, SHOWN_DEPTH));
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}...` : text;
}

function failure(code: CheckFailure['code'], field: string, sent: JsonValue, received: JsonValue | undefined, why: string): CheckFailure {
  const shown = received === undefined ? '(absent)' : shortJson(received);
  const base = { code, field, message: `${field} ${why}: sent ${shortJson(sent)}, received ${shown}.`, sent };
  return received === undefined ? base : { ...base, received };
}
