import type { JsonSchema } from '../foundation/contract-types.ts';

// OData primitive -> JSON Schema, as Graph serialises them with IEEE754Compatible=false
// (64-bit integers as JSON numbers) and floating point special values as strings.
const FLOAT: JsonSchema = { anyOf: [{ type: 'number' }, { enum: ['NaN', 'INF', '-INF'] }] };

const PRIMITIVES: Record<string, JsonSchema> = {
  String: { type: 'string' },
  Stream: { type: 'string' },
  Boolean: { type: 'boolean' },
  Byte: { type: 'integer', minimum: 0, maximum: 255 },
  SByte: { type: 'integer', minimum: -128, maximum: 127 },
  Int16: { type: 'integer', minimum: -32768, maximum: 32767 },
  Int32: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  Int64: { type: 'integer' },
  Double: FLOAT,
  Single: FLOAT,
  Decimal: FLOAT,
  DateTimeOffset: { type: 'string', format: 'date-time' },
  // Not an OData type, but some pages say DateTime: Graph sends it as a DateTimeOffset.
  DateTime: { type: 'string', format: 'date-time' },
  Date: { type: 'string', format: 'date' },
  TimeOfDay: { type: 'string', format: 'time' },
  Duration: { type: 'string', format: 'duration' },
  Guid: { type: 'string', format: 'uuid' },
  Binary: { type: 'string', format: 'byte', contentEncoding: 'base64' },
};

export function primitiveSchema(type: string): JsonSchema | undefined {
  const schema = PRIMITIVES[type];
  return schema ? structuredClone(schema) : undefined;
}

export function isNumericPrimitive(type: string): boolean {
  const schema = PRIMITIVES[type];
  return schema !== undefined && (schema.type === 'integer' || schema === FLOAT);
}
