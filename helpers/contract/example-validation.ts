import type { ErrorObject } from 'ajv';
import type { JsonObject, JsonValue } from '../foundation/contract-types.ts';
import type { PageProperty } from '../parse/page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import type { BodyValidator } from './body-validator.ts';
import { requestSchema, responseSchema, type Examples } from './body-schemas.ts';

// A page whose example breaks a constraint its own table states ("Valid values 4 to 16", then
// `1`; an enum list, then another value) contradicts itself. The contract keeps the page but
// drops that documented fact, recorded as a doc defect, so it never ships a schema that fails
// its own example. Anything else (a wrong JSON type, a value beyond Int32) is not softened:
// that page does not build.

export interface Reconciled {
  properties: PageProperty[];
  schemas: { request: ReturnType<typeof requestSchema>; response: ReturnType<typeof responseSchema> };
}

type DocumentedFact = 'enumValues' | 'range';

/** Where each example body starts: the place of a violation no table row is about. */
export type BodyLines = Record<keyof Examples, number>;

export function reconcileExamples(validate: BodyValidator, pageProperties: PageProperty[], examples: Examples, log: ProblemLog, bodyLines?: BodyLines): Reconciled {
  let properties = pageProperties;
  let schemas = schemasFor(properties, examples);
  const softened = new Map<string, PageProperty>();
  for (const { error, what } of errorsOf(validate, schemas, examples)) {
    const field = topField(error);
    const property = field === undefined ? undefined : softened.get(field) ?? properties.find((candidate) => candidate.name === field);
    const fact = property && documentedFact(property, error.keyword);
    if (!property || !fact) continue;
    softened.set(property.name, withoutFact(property, fact));
    const value = valueAt(examples[what], error.instancePath);
    log.defect('EXAMPLE_CONTRADICTS_TABLE', `the example ${what} value ${JSON.stringify(value)} breaks the documented ${fact === 'range' ? 'valid values range' : 'possible values'} (${error.message ?? error.keyword}); the contract drops it`, { field: property.name, line: property.line });
  }
  if (softened.size > 0) {
    properties = properties.map((property) => softened.get(property.name) ?? property);
    schemas = schemasFor(properties, examples);
  }
  for (const { error, what } of errorsOf(validate, schemas, examples)) {
    const field = topField(error);
    const line = properties.find((property) => property.name === field)?.line ?? bodyLines?.[what];
    log.fatal('EXAMPLE_VIOLATES_SCHEMA', `the example ${what} contradicts the page: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`, { field: error.instancePath || '/', ...(line ? { line } : {}) });
  }
  return { properties, schemas };
}

function schemasFor(properties: PageProperty[], examples: Examples): Reconciled['schemas'] {
  return { request: requestSchema(properties, examples), response: responseSchema(properties, examples) };
}

/** Which fact of the page's own table an error is about; none for a type's inherent limits. */
function documentedFact(property: PageProperty, keyword: string): DocumentedFact | undefined {
  if (keyword === 'enum' && property.enumValues) return 'enumValues';
  if ((keyword === 'minimum' || keyword === 'maximum') && (property.minimum !== undefined || property.maximum !== undefined)) return 'range';
  return undefined;
}

function withoutFact(property: PageProperty, fact: DocumentedFact): PageProperty {
  const { enumValues, minimum, maximum, ...rest } = property;
  if (fact === 'enumValues') return { ...rest, ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
  return { ...rest, ...(enumValues ? { enumValues } : {}) };
}

function errorsOf(validate: BodyValidator, schemas: Reconciled['schemas'], examples: Examples) {
  return (['request', 'response'] as const).flatMap((what) => validate(schemas[what], examples[what]).map((error) => ({ error, what })));
}

function topField(error: ErrorObject): string | undefined {
  return error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') || undefined;
}

function valueAt(body: JsonObject, pointer: string): JsonValue | undefined {
  let value: JsonValue | undefined = body;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value && typeof value === 'object' ? (Array.isArray(value) ? value[Number(key)] : value[key]) : undefined;
  }
  return value;
}
