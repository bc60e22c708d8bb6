import type { JsonObject, JsonSchema, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { ownValue, setOwn } from '../foundation/own-property.ts';
import { propertySchema } from './property-schema.ts';

const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * What a client may send: the documented properties with their types. A property the example
 * request sends as `null` (unset on create) may be null.
 */
export function requestSchema(properties: PropertyFacts[], examples: Examples): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    type: 'object',
    properties: propertySchemas({ '@odata.type': { type: 'string' } }, properties, examples, (schema, name) => (ownValue(examples.request, name) === null ? nullable(schema) : schema)),
  };
}

/**
 * What the service may answer: every documented property may also be `null` (unset), extra
 * server properties are allowed, and only `id` is required.
 */
export function responseSchema(properties: PropertyFacts[], examples: Examples): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    type: 'object',
    required: ['id'],
    properties: withOwn(
      propertySchemas({ '@odata.type': { type: 'string' }, '@odata.context': { type: 'string' } }, properties, examples, nullable),
      'id',
      { type: 'string', minLength: 1 },
    ),
  };
}

export interface Examples {
  request: JsonObject;
  response: JsonObject;
}

/**
 * `first`, then each documented property's schema by name, as own properties (names include
 * `constructor` and `__proto__`). Written into one object: spreading a 100,000-key object
 * into a literal cost more than building the schemas.
 */
function propertySchemas(first: Record<string, JsonSchema>, properties: PropertyFacts[], examples: Examples, wrap: (schema: JsonSchema, name: string) => JsonSchema): Record<string, JsonSchema> {
  const schemas = first;
  for (const property of properties) {
    const example: JsonValue | undefined = ownValue(examples.request, property.name) ?? ownValue(examples.response, property.name);
    setOwn(schemas, property.name, wrap(propertySchema(property, example), property.name));
  }
  return schemas;
}

function withOwn(object: Record<string, JsonSchema>, key: string, value: JsonSchema): Record<string, JsonSchema> {
  setOwn(object, key, value);
  return object;
}

export function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.anyOf)) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
  if (typeof schema.type === 'string') {
    const widened: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) widened.enum = [...schema.enum, null];
    return widened;
  }
  return schema;
}
