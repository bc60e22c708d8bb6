import type { JsonObject, JsonSchema, JsonValue } from '../foundation/contract-types.ts';
import { isPrimitiveTypeName, type PrimitiveTypeName } from '../foundation/odata-primitive-types.ts';
import { ODATA_LEXICAL_PATTERNS as LEXICAL } from '../foundation/odata-lexical-forms.ts';

// OData primitive -> JSON Schema 2020-12 that any validator reads the same way, as Graph
// serialises them with IEEE754Compatible=false (64-bit integers as JSON numbers) and floating
// point special values as strings.
// - String-valued types are constrained by a `pattern` (foundation/odata-lexical-forms.ts says
//   why not by a format). `format` stays only where JSON Schema's format agrees with OData
//   (date-time, date, uuid): validators that assert formats also check the calendar.
// - `x-odata-type` keeps the OData type name as an annotation: validators ignore it (ajv in
//   strict mode once told, see contract/create-ajv.ts), readers and generators use it.
export const ODATA_TYPE_KEYWORD = 'x-odata-type';

const odata = (type: string, schema: JsonSchema): JsonSchema => ({ ...schema, [ODATA_TYPE_KEYWORD]: `Edm.${type}` });
const FLOAT_SPECIALS = ['NaN', 'INF', '-INF'];
const float = (type: string) => odata(type, { anyOf: [{ type: 'number' }, { enum: FLOAT_SPECIALS }] });
const dateTimeOffset = odata('DateTimeOffset', { type: 'string', format: 'date-time', pattern: LEXICAL.DateTimeOffset });

const PRIMITIVES: Record<PrimitiveTypeName, JsonSchema> = {
  String: odata('String', { type: 'string' }),
  Stream: odata('Stream', { type: 'string' }),
  Boolean: odata('Boolean', { type: 'boolean' }),
  Byte: odata('Byte', { type: 'integer', minimum: 0, maximum: 255 }),
  SByte: odata('SByte', { type: 'integer', minimum: -128, maximum: 127 }),
  Int16: odata('Int16', { type: 'integer', minimum: -32768, maximum: 32767 }),
  Int32: odata('Int32', { type: 'integer', minimum: -2147483648, maximum: 2147483647 }),
  Int64: odata('Int64', { type: 'integer' }),
  Double: float('Double'),
  Single: float('Single'),
  Decimal: float('Decimal'),
  DateTimeOffset: dateTimeOffset,
  // Not an OData type, but some pages say DateTime: Graph sends it as a DateTimeOffset.
  DateTime: dateTimeOffset,
  Date: odata('Date', { type: 'string', format: 'date', pattern: LEXICAL.Date }),
  TimeOfDay: odata('TimeOfDay', { type: 'string', pattern: LEXICAL.TimeOfDay }),
  Duration: odata('Duration', { type: 'string', pattern: LEXICAL.Duration }),
  Guid: odata('Guid', { type: 'string', format: 'uuid', pattern: LEXICAL.Guid }),
  Binary: odata('Binary', { type: 'string', contentEncoding: 'base64', pattern: LEXICAL.Binary }),
};

// A copy of the shared schema per property, by hand: structuredClone cost more than building
// the rest of a 100,000-property contract's schemas.
export function primitiveSchema(type: string): JsonSchema | undefined {
  const schema = isPrimitiveTypeName(type) ? PRIMITIVES[type] : undefined;
  return schema ? copyJson(schema) : undefined;
}

function copyJson<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyJson(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) copy[key] = copyJson(value[key] as JsonValue);
  return copy as T;
}

export function isNumericPrimitive(type: string): boolean {
  const schema = isPrimitiveTypeName(type) ? PRIMITIVES[type] : undefined;
  return schema !== undefined && (schema.type === 'integer' || 'anyOf' in schema);
}

/** A floating point schema (`anyOf` number or special value) with a documented range on its number. */
export function floatWithRange(schema: JsonSchema, range: JsonSchema): JsonSchema {
  return { ...schema, anyOf: [{ type: 'number', ...range }, { enum: FLOAT_SPECIALS }] };
}
