import type { ErrorObject } from 'ajv';
import type { JsonObject, JsonValue, RelaxedConstraint } from '../foundation/contract-types.ts';
import type { PageProperty } from '../parse/page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { ownValue, setOwn } from '../foundation/own-property.ts';
import { isPlaceholderValue } from './example-consistency.ts';
import type { BodyValidator } from './body-validator.ts';
import { requestSchema, responseSchema, type Examples } from './body-schemas.ts';

// A page whose example breaks a constraint its own table states ("Valid values 4 to 16", then
// `1`; an enum list, then another value) contradicts itself. The contract keeps the page and
// its schemas stop asserting that constraint, so it never ships a schema that fails its own
// example; the constraint stays in the property's facts under `relaxed` (with the defect and the
// contradicting value), so the contract never looks stronger or weaker than the page. Anything
// else (a wrong JSON type, a value beyond Int32) is not softened: that page does not build.

export interface Reconciled {
  properties: PageProperty[];
  /** The examples as the contract keeps them: without the placeholders a typed property cannot hold. */
  examples: Examples;
  schemas: { request: ReturnType<typeof requestSchema>; response: ReturnType<typeof responseSchema> };
}

type DocumentedFact = 'enumValues' | 'range';

/** Where each example body starts: the place of a violation no table row is about. */
export type BodyLines = Record<keyof Examples, number>;

/** `truncated`: the example response is shortened, so a required property it leaves out is no contradiction. */
export function reconcileExamples(validate: BodyValidator, pageProperties: PageProperty[], documentedExamples: Examples, log: ProblemLog, bodyLines?: BodyLines, truncated = false): Reconciled {
  let properties = pageProperties;
  let examples = documentedExamples;
  let schemas = schemasFor(properties, examples);
  // By name, looked up once per error: an example may break thousands of documented facts.
  const byName = new Map(properties.map((property) => [property.name, property]));
  // A placeholder ("Boolean" where a Boolean belongs) is no value at all: left out, not relaxed.
  const placeholders = placeholderErrors(errorsOf(validate, schemas, examples, truncated), examples);
  if (placeholders.length > 0) {
    examples = withoutFields(examples, placeholders);
    for (const { field, what, value } of placeholders) {
      log.defect('PLACEHOLDER_VALUE', `the example ${what} holds the placeholder ${JSON.stringify(value)} where a value of the property's type belongs; the contract's example leaves it out`, { field, ...(bodyLines ? { line: bodyLines[what] } : {}) });
    }
    schemas = schemasFor(properties, examples);
  }
  const softened = new Map<string, PageProperty>();
  for (const { error, what } of errorsOf(validate, schemas, examples, truncated)) {
    const field = topField(error);
    const property = field === undefined ? undefined : softened.get(field) ?? byName.get(field);
    const fact = property && documentedFact(property, error.keyword);
    if (!property || !fact) continue;
    const value = valueAt(examples[what], error.instancePath) ?? null;
    softened.set(property.name, relax(property, fact, { example: what, value }));
    log.defect('EXAMPLE_CONTRADICTS_TABLE', `the example ${what} value ${JSON.stringify(value)} breaks the documented ${fact === 'range' ? 'valid values range' : 'possible values'} (${error.message ?? error.keyword}); the contract keeps it as relaxed, not asserted${elsewhere(property)}`, { field: property.name, ...rowPlace(property, bodyLines?.[what]) });
  }
  if (softened.size > 0) {
    properties = properties.map((property) => softened.get(property.name) ?? property);
    schemas = schemasFor(properties, examples);
  }
  for (const { error, what } of errorsOf(validate, schemas, examples, truncated)) {
    const field = topField(error);
    const property = field === undefined ? undefined : softened.get(field) ?? byName.get(field);
    const line = property ? rowPlace(property, bodyLines?.[what]).line : bodyLines?.[what];
    log.fatal('EXAMPLE_VIOLATES_SCHEMA', `the example ${what} contradicts the page: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}${property ? elsewhere(property) : ''}`, { field: error.instancePath || '/', ...(line ? { line } : {}) });
  }
  return { properties, schemas, examples };
}

/**
 * Where a contradiction is reported: the property's row on this page; for a row of the resource
 * page, the example body on this page (the message names the row there).
 */
function rowPlace(property: PageProperty, bodyLine: number | undefined): { line?: number } {
  const line = property.file === undefined ? property.line : bodyLine;
  return line === undefined ? {} : { line };
}

function elsewhere(property: PageProperty): string {
  return property.file === undefined ? '' : ` (the property is documented on ${property.file}:${property.line})`;
}

function schemasFor(properties: PageProperty[], examples: Examples): Reconciled['schemas'] {
  return { request: requestSchema(properties, examples), response: responseSchema(properties, examples) };
}

/** Which fact of the page's own table an error is about; none for a type's inherent limits. */
function documentedFact(property: PageProperty, keyword: string): DocumentedFact | undefined {
  if ((keyword === 'enum' || (keyword === 'pattern' && property.flags)) && property.enumValues) return 'enumValues';
  if ((keyword === 'minimum' || keyword === 'maximum') && (property.minimum !== undefined || property.maximum !== undefined)) return 'range';
  return undefined;
}

/** The property without the asserted fact, which moves to `relaxed`. */
function relax(property: PageProperty, fact: DocumentedFact, contradictedBy: RelaxedConstraint['contradictedBy']): PageProperty {
  const { enumValues, minimum, maximum, relaxed = [], ...rest } = property;
  const bounds = { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
  if (fact === 'enumValues') {
    return { ...rest, ...bounds, relaxed: [...relaxed, { constraint: 'enum', documented: enumValues ?? [], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy }] };
  }
  return { ...rest, ...(enumValues ? { enumValues } : {}), relaxed: [...relaxed, { constraint: 'range', documented: bounds, defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy }] };
}

function errorsOf(validate: BodyValidator, schemas: Reconciled['schemas'], examples: Examples, truncated: boolean) {
  return (['request', 'response'] as const).flatMap((what) => validate(schemas[what], examples[what])
    .filter((error) => !(truncated && what === 'response' && error.keyword === 'required' && error.instancePath === ''))
    .map((error) => ({ error, what })));
}

function topField(error: ErrorObject): string | undefined {
  return error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') || undefined;
}

function valueAt(body: JsonObject, pointer: string): JsonValue | undefined {
  let value: JsonValue | undefined = body;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value && typeof value === 'object' ? (Array.isArray(value) ? value[Number(key)] : ownValue(value, key)) : undefined;
  }
  return value;
}

interface Placeholder {
  field: string;
  what: keyof Examples;
  value: JsonValue;
}

/** Top-level fields whose schema error is about a placeholder string, not a value. */
function placeholderErrors(errors: ReturnType<typeof errorsOf>, examples: Examples): Placeholder[] {
  const found = new Map<string, Placeholder>();
  for (const { error, what } of errors) {
    const field = topField(error);
    const value = valueAt(examples[what], error.instancePath);
    if (field === undefined || !isPlaceholderValue(value)) continue;
    found.set(`${what} ${field}`, { field, what, value: value ?? null });
  }
  return [...found.values()];
}

/** The examples without the placeholder fields, each kept as an own-property copy. */
function withoutFields(examples: Examples, fields: Placeholder[]): Examples {
  const copy = (what: keyof Examples): JsonObject => {
    const dropped = new Set(fields.filter((field) => field.what === what).map((field) => field.field));
    if (dropped.size === 0) return examples[what];
    const kept: JsonObject = {};
    for (const [name, value] of Object.entries(examples[what])) if (!dropped.has(name)) setOwn(kept, name, value);
    return kept;
  };
  return { request: copy('request'), response: copy('response') };
}
