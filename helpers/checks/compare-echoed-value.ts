// Semantic equality between a value sent and the value the service returned for it (the echo
// check), or between what a create answered and what reading the entity back gives (the read
// check): one comparison, reported in each check's own codes and words. Graph rewrites some
// values without changing their meaning (dates to UTC, `#` on `@odata.type`, extra
// properties), so byte equality would fail a correct service.
import { truncateJsonDepth } from '../foundation/json-depth.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { JsonValue } from '../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../foundation/date-time-offset.ts';
import type { CheckCode, CheckFailure } from './check-types.ts';
import { ownValue } from '../foundation/own-property.ts';

/** How to read a string: as an instant, as opaque text, or by sniffing (nested values have no type facts). */
export type StringHint = 'instant' | 'text' | 'sniff';

/** The codes and words one check reports a difference in. */
export interface ComparisonTerms {
  codes: { missing: CheckCode; mismatch: CheckCode; type: CheckCode; length: CheckCode };
  /** What the two values are called in a message: `sent`/`received`, `created`/`read`. */
  expected: string;
  actual: string;
  missing: string;
  type(actual: string, expected: string): string;
  length(actual: number, expected: number): string;
}

export const ECHO_TERMS: ComparisonTerms = {
  codes: { missing: 'ECHO_MISSING', mismatch: 'ECHO_MISMATCH', type: 'ECHO_TYPE_MISMATCH', length: 'ECHO_LENGTH_MISMATCH' },
  expected: 'sent',
  actual: 'received',
  missing: 'was sent but is missing from the response',
  type: (actual, expected) => `came back as ${actual}, ${expected} was sent`,
  length: (actual, expected) => `has ${actual} items, ${expected} were sent`,
};

export function compareEchoedValue(field: string, sent: JsonValue, received: JsonValue | undefined, hint: StringHint = 'sniff', terms: ComparisonTerms = ECHO_TERMS): CheckFailure[] {
  if (received === undefined) return [failure(terms, 'missing', field, sent, received, terms.missing)];
  if (Array.isArray(sent)) return compareArrays(field, sent, received, terms);
  if (sent !== null && typeof sent === 'object') return compareObjects(field, sent, received, terms);
  if (typeof sent === 'string') return compareStrings(field, sent, received, hint, terms);
  if (typeof sent === 'number') {
    if (typeof received !== 'number') return [typeMismatch(terms, field, sent, received)];
    return sent === received ? [] : [failure(terms, 'mismatch', field, sent, received, 'differs numerically')];
  }
  if (typeof received !== typeof sent || (received === null) !== (sent === null)) return [typeMismatch(terms, field, sent, received)];
  return sent === received ? [] : [failure(terms, 'mismatch', field, sent, received, 'differs')];
}

/** How a documented type reads its strings: DateTimeOffsets as instants, other types as text, undocumented ones by sniffing. */
export function stringHintFor(type: string | undefined): StringHint {
  if (type === undefined) return 'sniff';
  const bare = type.replace(/^Edm\./, '');
  // Pages that say `DateTime` mean a DateTimeOffset on the wire.
  return bare === 'DateTimeOffset' || bare === 'DateTime' ? 'instant' : 'text';
}

function compareStrings(field: string, sent: string, received: JsonValue, hint: StringHint, terms: ComparisonTerms): CheckFailure[] {
  if (typeof received !== 'string') return [typeMismatch(terms, field, sent, received)];
  if (isODataTypeField(field)) {
    return stripHash(sent) === stripHash(received) ? [] : [failure(terms, 'mismatch', field, sent, received, 'names a different type')];
  }
  const sentInstant = hint === 'text' ? undefined : parseDateTimeOffset(sent);
  if (sentInstant !== undefined) {
    const receivedInstant = parseDateTimeOffset(received);
    if (receivedInstant === sentInstant) return [];
    const why = receivedInstant === undefined ? 'is not a DateTimeOffset' : `is a different instant (${receivedInstant - sentInstant} x 100 ns)`;
    return [failure(terms, 'mismatch', field, sent, received, why)];
  }
  return sent === received ? [] : [failure(terms, 'mismatch', field, sent, received, 'differs')];
}

function compareArrays(field: string, sent: JsonValue[], received: JsonValue, terms: ComparisonTerms): CheckFailure[] {
  if (!Array.isArray(received)) return [typeMismatch(terms, field, sent, received)];
  if (received.length !== sent.length) {
    return [failure(terms, 'length', field, sent, received, terms.length(received.length, sent.length))];
  }
  return sent.flatMap((item, i) => compareEchoedValue(`${field}[${i}]`, item, received[i], 'sniff', terms));
}

function compareObjects(field: string, sent: { [key: string]: JsonValue }, received: JsonValue, terms: ComparisonTerms): CheckFailure[] {
  if (!isJsonObject(received)) return [typeMismatch(terms, field, sent, received)];
  // Extra received properties are fine: Graph returns every property of the type.
  return Object.entries(sent).flatMap(([key, value]) => compareEchoedValue(`${field}.${key}`, value, ownValue(received, key), 'sniff', terms));
}

function isODataTypeField(field: string): boolean {
  return field === '@odata.type' || field.endsWith('.@odata.type');
}

function stripHash(text: string): string {
  return text.startsWith('#') ? text.slice(1) : text;
}

function typeMismatch(terms: ComparisonTerms, field: string, sent: JsonValue, received: JsonValue): CheckFailure {
  return failure(terms, 'type', field, sent, received, terms.type(jsonType(received), jsonType(sent)));
}

export function jsonType(value: JsonValue): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const SHOWN_DEPTH = 8;
const SHOWN_LENGTH = 300;

/** A value as the message shows it: bounded in depth (a service can answer anything) and length. */
export function shortJson(value: JsonValue): string {
  const text = JSON.stringify(truncateJsonDepth(value, SHOWN_DEPTH));
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}...` : text;
}

function failure(terms: ComparisonTerms, kind: keyof ComparisonTerms['codes'], field: string, sent: JsonValue, received: JsonValue | undefined, why: string): CheckFailure {
  const shown = received === undefined ? '(absent)' : shortJson(received);
  const base = { code: terms.codes[kind], field, message: `${field} ${why}: ${terms.expected} ${shortJson(sent)}, ${terms.actual} ${shown}.`, sent };
  return received === undefined ? base : { ...base, received };
}
