import type { ErrorObject } from 'ajv';
import type { JsonObject, JsonSchema, JsonValue } from './contract-types.ts';
import type { PageProperty } from '../parse/page-model.ts';
import type { ProblemLog } from '../parse/page-problems.ts';
import type { BodyValidator } from './body-validator.ts';

// A page whose example breaks a constraint its own table states ("Valid values 4 to 16", then
// `1`) contradicts itself. The contract keeps the page but drops that one constraint, recorded
// as a doc defect, so it never ships a schema that fails its own example. A contradiction of
// type or shape is not softened: that page does not build.
const SOFT_KEYWORDS = new Set(['enum', 'minimum', 'maximum', 'format']);

export interface ExampleSchemas {
  request: JsonSchema;
  response: JsonSchema;
}

export function reconcileExamples(validate: BodyValidator, schemas: ExampleSchemas, examples: { request: JsonObject; response: JsonObject }, properties: PageProperty[], log: ProblemLog): void {
  const lineOf = (field: string) => properties.find((property) => property.name === field)?.line;
  const first = [...errorsOf(validate, schemas.request, examples.request, 'request'), ...errorsOf(validate, schemas.response, examples.response, 'response')];
  const softened = new Set<string>();
  for (const { error, what } of first) {
    const field = topField(error);
    if (!field || !SOFT_KEYWORDS.has(error.keyword)) continue;
    const key = `${field}\u0000${error.keyword}`;
    if (softened.has(key)) continue;
    softened.add(key);
    for (const schema of [schemas.request, schemas.response]) dropKeyword(propertySchemaOf(schema, field), error.keyword);
    const value = valueAt(what === 'request' ? examples.request : examples.response, error.instancePath);
    const line = lineOf(field);
    log.defect('EXAMPLE_CONTRADICTS_TABLE', `the example ${what} value ${JSON.stringify(value)} breaks the documented ${error.keyword} (${JSON.stringify(error.params)}); the contract drops that ${error.keyword}`, { field, ...(line ? { line } : {}) });
  }
  if (softened.size === 0 && first.length === 0) return;
  for (const what of ['request', 'response'] as const) {
    for (const { error } of errorsOf(validate, schemas[what], examples[what], what)) {
      const field = topField(error);
      const line = field ? lineOf(field) : undefined;
      log.fatal('EXAMPLE_VIOLATES_SCHEMA', `the example ${what} contradicts the page: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`, { field: error.instancePath || '/', ...(line ? { line } : {}) });
    }
  }
}

function errorsOf(validate: BodyValidator, schema: JsonSchema, body: JsonObject, what: 'request' | 'response') {
  return validate(schema, body).map((error) => ({ error, what }));
}

function topField(error: ErrorObject): string | undefined {
  return error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') || undefined;
}

function propertySchemaOf(schema: JsonSchema, field: string): JsonValue | undefined {
  const properties = schema.properties;
  return properties && typeof properties === 'object' && !Array.isArray(properties) ? properties[field] : undefined;
}

/** Removes a keyword everywhere inside one property's schema (items, anyOf branches). */
function dropKeyword(schema: JsonValue | undefined, keyword: string): void {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((item) => dropKeyword(item, keyword));
    return;
  }
  delete schema[keyword];
  for (const value of Object.values(schema)) dropKeyword(value, keyword);
}

function valueAt(body: JsonObject, pointer: string): JsonValue | undefined {
  let value: JsonValue | undefined = body;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value && typeof value === 'object' ? (Array.isArray(value) ? value[Number(key)] : value[key]) : undefined;
  }
  return value;
}
