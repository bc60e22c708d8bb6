// OData primitive types as the pages spell them (plus the non-standard `DateTime` and `Stream`).
export const PRIMITIVE_TYPES: ReadonlySet<string> = new Set([
  'String', 'Boolean', 'Int16', 'Int32', 'Int64', 'Byte', 'SByte', 'Double', 'Single', 'Decimal',
  'DateTimeOffset', 'DateTime', 'Date', 'TimeOfDay', 'Duration', 'Guid', 'Binary', 'Stream',
]);
