import { describe, expect, test } from 'vitest';
import type { JsonSchema, JsonValue } from '../foundation/contract-types.ts';
import { nullable } from './body-schemas.ts';
import { createBodyValidator, splitNullable } from './body-validator.ts';
import { createAjv } from './create-ajv.ts';

// The validator answers per property, sharing one compiled function between a request
// schema and its null-widened response form. Its verdicts must be exactly those of ajv on the
// whole schema, which these tests compare directly.

const PROPERTY_SCHEMAS: Record<string, JsonSchema> = {
  text: { type: 'string', maxLength: 3 },
  level: { type: 'string', enum: ['low', 'high'] },
  count: { type: 'integer', minimum: 1, maximum: 5 },
  when: { type: 'string', format: 'date-time' },
  tags: { type: 'array', items: { type: 'string' } },
  either: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
};

const VALUES: JsonValue[] = [null, 'ab', 'abcd', 'low', 'mid', 3, 9, 2.5, '2026-11-23T10:00:00Z', 'not a date', ['a'], [1], {}, true];

function wholeSchema(wrap: (schema: JsonSchema) => JsonSchema): JsonSchema {
  return { type: 'object', properties: Object.fromEntries(Object.entries(PROPERTY_SCHEMAS).map(([name, schema]) => [name, wrap(schema)])) };
}

describe('per-property validation gives ajv verdicts on the whole schema', () => {
  const ajv = createAjv({ allErrors: true });
  for (const [label, wrap] of [['request (as documented)', (s: JsonSchema) => s], ['response (null-widened)', nullable]] as const) {
    test(label, () => {
      const schema = wholeSchema(wrap);
      const whole = ajv.compile(schema);
      const perProperty = createBodyValidator(createAjv());
      for (const name of Object.keys(PROPERTY_SCHEMAS)) {
        for (const value of VALUES) {
          const body = { [name]: value };
          expect(perProperty(schema, body).length === 0, `${name} = ${JSON.stringify(value)}`).toBe(whole(body));
        }
      }
    });
  }

  test('one compiled validator serves a request schema and its null-widened form', () => {
    const compiled: JsonSchema[] = [];
    const ajvSpy = createAjv();
    const compile = ajvSpy.compile.bind(ajvSpy);
    ajvSpy.compile = ((schema: JsonSchema) => (compiled.push(schema), compile(schema))) as typeof ajvSpy.compile;
    const validate = createBodyValidator(ajvSpy);
    const body = Object.fromEntries(Object.keys(PROPERTY_SCHEMAS).map((name) => [name, 'x']));
    validate(wholeSchema((s) => s), body);
    validate(wholeSchema(nullable), body);
    expect(compiled).toHaveLength(Object.keys(PROPERTY_SCHEMAS).length);
  });
});

describe('splitNullable', () => {
  test.each([
    [{ type: ['string', 'null'] }, { type: 'string' }],
    [{ type: ['string', 'null'], enum: ['a', null] }, { type: 'string', enum: ['a'] }],
    [{ anyOf: [{ type: 'string' }, { type: 'null' }] }, { anyOf: [{ type: 'string' }] }],
    [{ anyOf: [{ type: 'number' }, { type: 'null' }], 'x-odata-type': 'Edm.Double' }, { anyOf: [{ type: 'number' }], 'x-odata-type': 'Edm.Double' }],
  ] as [JsonSchema, JsonSchema][])('%j is null or %j', (schema, nonNull) => {
    expect(splitNullable(schema)).toEqual({ nonNull });
  });

  test.each([
    ['null left out of the enum', { type: ['string', 'null'], enum: ['a'] }],
    ['a keyword that can reject null', { type: ['string', 'null'], not: { const: null } }],
    ['no null at all', { type: 'string' }],
    ['anyOf beside other keywords', { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'x' }],
  ] as [string, JsonSchema][])('leaves alone: %s', (_label, schema) => {
    expect(splitNullable(schema)).toBeUndefined();
  });
});
