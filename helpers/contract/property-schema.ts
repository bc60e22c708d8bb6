import type { JsonSchema, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { floatWithRange, isNumericPrimitive, primitiveSchema } from './primitive-schema.ts';
import { complexObjectSchema } from './example-schema.ts';
import { flagsEnumSchema } from './flags-enum-schema.ts';

/** The schema of one documented property; `example` is its value in the page's examples, if any. */
export function propertySchema(property: PropertyFacts, example: JsonValue | undefined): JsonSchema {
  const itemExample = property.collection && Array.isArray(example) ? example[0] : example;
  const item = itemSchema(property, itemExample);
  return property.collection ? { type: 'array', items: item } : item;
}

function itemSchema(property: PropertyFacts, example: JsonValue | undefined): JsonSchema {
  if (property.flags && property.enumValues) return flagsEnumSchema(property.enumValues);
  const primitive = primitiveSchema(property.type);
  if (primitive) {
    if (property.enumValues && isNumericPrimitive(property.type) && property.enumValues.every(isNumeral)) {
      return { ...primitive, enum: property.enumValues.map(Number) };
    }
    if (property.enumValues && property.type === 'String') return { ...primitive, enum: [...property.enumValues] };
    return withRange(primitive, property);
  }
  if (property.enumValues) return { type: 'string', enum: [...property.enumValues] };
  // Graph's `Json` type holds any JSON value (a workbook range's `values` is an array of arrays).
  if (/^(?:microsoft\.graph\.)?json$/i.test(property.type)) return {};
  // A referenced type without listed values is an enum when the page shows it as a string.
  if (typeof example === 'string') return { type: 'string' };
  return complexObjectSchema(example ?? undefined);
}

/** "Valid values X to Y" narrows a numeric type; it says nothing about other types. */
function withRange(schema: JsonSchema, property: PropertyFacts): JsonSchema {
  const range = rangeOf(property);
  if (Object.keys(range).length === 0) return schema;
  if (schema.type === 'integer') return { ...schema, ...range };
  if ('anyOf' in schema) return floatWithRange(schema, range);
  return schema;
}

function rangeOf(property: PropertyFacts): JsonSchema {
  const range: JsonSchema = {};
  if (property.minimum !== undefined) range.minimum = property.minimum;
  if (property.maximum !== undefined) range.maximum = property.maximum;
  return range;
}

function isNumeral(value: string): boolean {
  return /^-?\d+$/.test(value);
}
