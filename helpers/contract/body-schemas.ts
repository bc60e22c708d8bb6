import type { JsonObject, JsonSchema, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { propertySchema } from './property-schema.ts';

const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** What a client may send: the documented properties with their types. */
export function requestSchema(properties: PropertyFacts[], examples: Examples): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    type: 'object',
    properties: {
      '@odata.type': { type: 'string' },
      ...propertySchemas(properties, examples, (schema) => schema),
    },
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
    properties: {
      '@odata.type': { type: 'string' },
      '@odata.context': { type: 'string' },
      ...propertySchemas(properties, examples, nullable),
      id: { type: 'string', minLength: 1 },
    },
  };
}

export interface Examples {
  request: JsonObject;
  response: JsonObject;
}

function propertySchemas(properties: PropertyFacts[], examples: Examples, wrap: (schema: JsonSchema) => JsonSchema) {
  const schemas: Record<string, JsonSchema> = {};
  for (const property of properties) {
    const example: JsonValue | undefined = examples.request[property.name] ?? examples.response[property.name];
    schemas[property.name] = wrap(propertySchema(property, example));
  }
  return schemas;
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
