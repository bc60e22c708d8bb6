// How OData writes its string-valued primitives in JSON (the OData 4.01 ABNF), as JSON Schema
// `pattern`s. A contract states these as patterns rather than as `format`s because a format
// means what each validator says it means: JSON Schema's `duration` has no sign and no fractional
// seconds (`-PT17.1357909S` fails it), its `time` requires an offset (`11:59:31.3170000` fails it),
// and 2020-12 makes `format` an annotation unless a validator opts in. A pattern is asserted by
// every 2020-12 validator and means the same in each.
//
// Every pattern is an ECMA-262 regular expression valid with the `u` flag (how ajv and
// @cfworker/json-schema compile them), with no lookaround and no quantified group whose body can
// match the same text two ways, so matching is linear in the input's length.

const HOUR = '(?:[01]\\d|2[0-3])';
const MINUTE = '[0-5]\\d';
const SECOND = '[0-5]\\d';
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const DATE = `\\d{4}-${MONTH}-${DAY}`;
/** Seconds with up to 7 fractional digits: Graph's 100 ns ticks (foundation/date-time-offset.ts reads no more). */
const TICK_SECONDS = `${SECOND}(?:\\.\\d{1,7})?`;
const SECONDS = '\\d+(?:\\.\\d+)?S';
/** The `T` part of a duration: hours, minutes, seconds in that order, at least one of them. */
const DURATION_TIME = `T(?:\\d+H(?:\\d+M)?(?:${SECONDS})?|\\d+M(?:${SECONDS})?|${SECONDS})`;

/** OData type -> the pattern its JSON string must match (anchored). */
export const ODATA_LEXICAL_PATTERNS = {
  /** `2017-01-01T00:01:49.2071853-08:00`; seconds required (as RFC 3339's date-time), offset `Z` or `±hh:mm`. */
  DateTimeOffset: `^${DATE}T${HOUR}:${MINUTE}:${TICK_SECONDS}(?:Z|[+-]${HOUR}:${MINUTE})$`,
  /** `2016-12-31`. */
  Date: `^${DATE}$`,
  /** `11:59:31.3170000`: no offset, seconds optional, up to 12 fractional digits. */
  TimeOfDay: `^${HOUR}:${MINUTE}(?::${SECOND}(?:\\.\\d{1,12})?)?$`,
  /** `-PT17.1357909S`, `P1DT2H`: OData's dayTimeDuration, a sign allowed, fractions on seconds only, no years or months. */
  Duration: `^-?P(?:\\d+D(?:${DURATION_TIME})?|${DURATION_TIME})$`,
  /** `5d1c0b9e-0000-4000-8000-00000000beef`, any case. */
  Guid: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$',
  /** Standard base64 with padding, as Graph writes Edm.Binary (`Y29udGVudA==`). */
  Binary: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
} as const;

export type LexicalType = keyof typeof ODATA_LEXICAL_PATTERNS;
