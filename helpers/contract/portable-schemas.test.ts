import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@cfworker/json-schema';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import type { Contract, JsonSchema, JsonValue } from '../foundation/contract-types.ts';
import { ODATA_LEXICAL_PATTERNS } from '../foundation/odata-lexical-forms.ts';
import { buildContracts } from '../cli/build-contracts.ts';
import { createBodyValidator } from './body-validator.ts';
import { createAjv, declareContractAnnotations } from './create-ajv.ts';
import { propertySchema } from './property-schema.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

// Contracts are sold as JSON Schema 2020-12: a stock validator must give the project's verdicts.
// Three validators judge every value here: the project's (per-property, through createAjv), ajv
// with ajv-formats as shipped (whole schemas, default options: strict mode on, formats asserted;
// the only addition is declaring the `x-odata-type` annotation, which strict mode requires), and
// @cfworker/json-schema, an independent 2020-12 implementation.

type Verdict = (schema: JsonSchema, value: JsonValue) => boolean;

function stockAjv(): Verdict {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  declareContractAnnotations(ajv);
  return (schema, value) => ajv.validate(structuredClone(schema), value);
}

const cfworker: Verdict = (schema, value) => new Validator(structuredClone(schema) as never, '2020-12', false).validate(value).valid;

const projectValidator = createBodyValidator(createAjv());
const project: Verdict = (schema, value) => projectValidator({ type: 'object', properties: { value: schema } }, { value }).length === 0;

const VALIDATORS: Array<[string, Verdict]> = [['project', project], ['ajv + ajv-formats as shipped', stockAjv()], ['@cfworker/json-schema', cfworker]];

const schemaOf = (type: string) => propertySchema({ name: 'value', type, collection: false, readOnly: false }, undefined);

// Values Graph sends (from the docs' own examples) and values that are not of the type.
const fixtures: Array<[type: string, value: JsonValue, accepted: boolean]> = [
  ['Duration', '-PT17.1357909S', true],
  ['Duration', 'PT2M43.444327S', true],
  ['Duration', 'P1DT2H', true],
  ['Duration', 'P3D', true],
  ['Duration', 'PT0S', true],
  ['Duration', 'PT', false],
  ['Duration', 'P', false],
  ['Duration', '-P', false],
  ['Duration', 'P1Y', false],
  ['Duration', 'PT1.5M', false],
  ['Duration', 'PT2M43.S', false],
  ['Duration', '5 minutes', false],
  ['Duration', 'pt5s', false],
  ['TimeOfDay', '11:59:31.3170000', true],
  ['TimeOfDay', '12:00:05.5020000', true],
  ['TimeOfDay', '23:59', true],
  ['TimeOfDay', '00:00:00', true],
  ['TimeOfDay', '24:00:00', false],
  ['TimeOfDay', '11:60:00', false],
  ['TimeOfDay', '11:59:31Z', false],
  ['TimeOfDay', '11:59:31+01:00', false],
  ['TimeOfDay', '11:59:31.1234567890123', false],
  ['DateTimeOffset', '2017-01-01T00:01:49.2071853-08:00', true],
  ['DateTimeOffset', '2016-12-31T23:56:44.951111-08:00', true],
  ['DateTimeOffset', '2017-01-01T00:00:00Z', true],
  ['DateTimeOffset', '2017-01-01T00:00:00', false],
  ['DateTimeOffset', '2017-01-01 00:00:00Z', false],
  ['DateTimeOffset', '2017-01-01T00:00:00.12345678Z', false],
  ['DateTimeOffset', '2017-13-01T00:00:00Z', false],
  ['DateTimeOffset', 'Requested Date Time value', false],
  ['DateTime', '2017-01-01T00:00:00Z', true],
  ['Date', '2016-12-31', true],
  ['Date', '2016-2-3', false],
  ['Date', '2016-12-32', false],
  ['Date', '2016-12-31T00:00:00Z', false],
  ['Guid', '9148ac60-ac60-9148-60ac-489160ac4891', true],
  ['Guid', '5D1C0B9E-0000-4000-8000-00000000BEEF', true],
  ['Guid', 'not-a-guid', false],
  ['Guid', '{5d1c0b9e-0000-4000-8000-00000000beef}', false],
  ['Guid', 'urn:uuid:5d1c0b9e-0000-4000-8000-00000000beef', false],
  ['Binary', 'Y29udGVudA==', true],
  ['Binary', 'c3RhcnRNZW51TGF5b3V0WG1s', true],
  ['Binary', '', true],
  ['Binary', 'not base64!', false],
  ['Binary', 'Y29udGVudA', false],
  ['Int64', 9007199254740991, true],
  ['Int64', 1.5, false],
  ['Int64', '9', false],
  ['Int32', 2147483648, false],
  ['Double', 0.25, true],
  ['Double', 'NaN', true],
  ['Double', 'INF', true],
  ['Double', '-INF', true],
  ['Double', 'Infinity', false],
  ['Double', '0.25', false],
  ['Single', '-INF', true],
  ['Decimal', 'NaN', true],
];

describe('portable primitive schemas: every validator gives the same verdict', () => {
  describe.each(VALIDATORS)('%s', (_name, verdict) => {
    it.each(fixtures)('%s %j accepted: %s', (type, value, accepted) => {
      expect(verdict(schemaOf(type), value)).toBe(accepted);
    });
  });

  it('no contract schema redefines or needs a format outside JSON Schema 2020-12', () => {
    const formats = fixtures.map(([type]) => schemaOf(type).format).filter((format) => format !== undefined);
    expect([...new Set(formats)].sort()).toEqual(['date', 'date-time', 'uuid']);
  });

  it('keeps the OData type as an annotation', () => {
    expect(schemaOf('Duration')).toEqual({ type: 'string', pattern: ODATA_LEXICAL_PATTERNS.Duration, 'x-odata-type': 'Edm.Duration' });
    expect(schemaOf('DateTime')['x-odata-type']).toBe('Edm.DateTimeOffset');
  });
});

describe('the lexical patterns match in linear time (recheck, a ReDoS checker)', () => {
  it.each(Object.entries(ODATA_LEXICAL_PATTERNS))('%s', (_type, pattern) => {
    const result = checkSync(pattern, 'u');
    expect(result.status).toBe('safe');
    expect(['safe', 'linear']).toContain('complexity' in result ? result.complexity.type : result.status);
  });

  it.each([['^(a+)+$', 'exponential'], ['^\\d+\\d+S$', 'polynomial']])('the checker flags %s as %s', (pattern, complexity) => {
    const result = checkSync(pattern, 'u');
    expect(result.status).toBe('vulnerable');
    expect('complexity' in result ? result.complexity.type : result.status).toBe(complexity);
  });
});

const CORPUS = sharedData(['corpus']);

// ajv compiles ~2,000 whole corpus schemas in ~13 s, too slow for every `npm test`. Contract body
// schemas are objects of independent properties, so the project's per-property validator
// (body-validator.ts, whose equivalence with whole-schema validation body-validator.test.ts
// proves) runs on a stock ajv instance for every contract; whole schemas go through stock ajv for
// every contract with a property typed Duration or TimeOfDay (the ones that failed when those
// were formats), and through @cfworker/json-schema for all.
describe.skipIf(CORPUS.missing)(nameNeeding('every corpus contract validates its own examples with stock validators', CORPUS), { timeout: 60_000 }, () => {
  const contracts: Contract[] = (CORPUS.missing ? { outcomes: [] } : buildContracts([CORPUS.path])).outcomes.flatMap((outcome) => (outcome.status === 'built' ? [outcome.contract] : []));
  const examples = (contract: Contract) => [
    ['request', contract.request.schema, contract.request.example.body],
    ['response', contract.response.schema, contract.response.example.body],
  ] as const;
  const rejections = (selected: Contract[], verdict: Verdict) => selected.flatMap((contract) =>
    examples(contract).filter(([, schema, body]) => !verdict(schema, body)).map(([what]) => `${contract.source.file} ${what}`));
  const lexicalTyped = contracts.filter((contract) => contract.properties.some((property) => ['Duration', 'TimeOfDay'].includes(property.type)));

  it('builds the corpus', () => {
    expect(contracts.length).toBeGreaterThanOrEqual(1020);
    expect(lexicalTyped.length).toBeGreaterThanOrEqual(31);
  });

  it('ajv + ajv-formats as shipped, property by property, rejects none', () => {
    const stock = new Ajv2020({ allErrors: true });
    addFormats.default(stock);
    declareContractAnnotations(stock);
    const validate = createBodyValidator(stock);
    expect(rejections(contracts, (schema, body) => validate(schema, body).length === 0)).toEqual([]);
  });

  it('ajv + ajv-formats as shipped, whole schemas, rejects none of the contracts with Duration or TimeOfDay', () => {
    expect(rejections(lexicalTyped, stockAjv())).toEqual([]);
  }, 30_000);

  it('@cfworker/json-schema, whole schemas, rejects none', () => {
    expect(rejections(contracts, cfworker)).toEqual([]);
  }, 30_000);

  it('would catch the old schemas: with Duration and TimeOfDay as formats, 31 contracts reject their own examples', () => {
    const withFormats = lexicalTyped.map((contract) => ({
      ...contract,
      request: { ...contract.request, schema: asFormats(contract.request.schema) as JsonSchema },
      response: { ...contract.response, schema: asFormats(contract.response.schema) as JsonSchema },
    }));
    const files = (verdict: Verdict) => new Set(rejections(withFormats, verdict).map((rejection) => rejection.split(' ')[0])).size;
    expect(files(cfworker)).toBe(31);
    expect(files(stockAjv())).toBe(31);
  }, 30_000);
});

/** The schema as it was before patterns: `format: "duration"` and `format: "time"`. */
function asFormats(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(asFormats);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, asFormats(value)]));
  const format = { 'Edm.Duration': 'duration', 'Edm.TimeOfDay': 'time' }[String(schema['x-odata-type'])];
  if (format === undefined) return copy;
  const { pattern: _pattern, ...rest } = copy;
  return { ...rest, format };
}
