// OData primitive types as the pages spell them (plus the non-standard `DateTime` and `Stream`):
// the one list. The parser asks whether a type is primitive; the contract stage maps each to a
// schema in a Record over this union, so the two cannot drift apart.
export const PRIMITIVE_TYPE_NAMES = [
  'String', 'Boolean', 'Int16', 'Int32', 'Int64', 'Byte', 'SByte', 'Double', 'Single', 'Decimal',
  'DateTimeOffset', 'DateTime', 'Date', 'TimeOfDay', 'Duration', 'Guid', 'Binary', 'Stream',
] as const;

export type PrimitiveTypeName = (typeof PRIMITIVE_TYPE_NAMES)[number];

export const PRIMITIVE_TYPES: ReadonlySet<string> = new Set(PRIMITIVE_TYPE_NAMES);

export function isPrimitiveTypeName(type: string): type is PrimitiveTypeName {
  return PRIMITIVE_TYPES.has(type);
}
