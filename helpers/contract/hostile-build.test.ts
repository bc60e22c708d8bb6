import { describe, expect, it } from 'vitest';
import { buildPage } from './build-page.ts';
import { createAjv } from './create-ajv.ts';
import { createBodyValidator } from './body-validator.ts';
import type { JsonObject } from '../foundation/contract-types.ts';
import { lineOf, OBJECT_PROTOTYPE_NAMES, ownPropertyPage, pageWithDeepExample } from '../testing/hostile-pages.ts';

const validate = createBodyValidator(createAjv({ allErrors: false }));
const build = (text: string) => buildPage('hostile.md', new TextEncoder().encode(text), validate);

describe('a page documenting the names every JS object has builds like any other', () => {
  it.each(['md', 'text'] as const)('%s', (dialect) => {
    const outcome = build(ownPropertyPage(dialect));
    if (outcome.status !== 'built') throw new Error(JSON.stringify(outcome));
    const { contract } = outcome;
    expect(contract.properties.map((property) => property.name)).toEqual(['id', ...OBJECT_PROTOTYPE_NAMES]);
    for (const schema of [contract.request.schema, contract.response.schema]) {
      const properties = schema.properties as JsonObject;
      // Own keys: `__proto__` must be a property of the schema, not its prototype.
      expect(Object.keys(properties)).toEqual(expect.arrayContaining([...OBJECT_PROTOTYPE_NAMES]));
    }
    expect((contract.request.schema.properties as JsonObject).toString).toMatchObject({ type: 'integer' });
    // `valueOf` is typed `toString`, a referenced type: an object schema from the example.
    expect((contract.request.schema.properties as JsonObject).valueOf).toMatchObject({ type: 'object' });
    expect(Object.keys(contract.request.example.body)).toEqual([...OBJECT_PROTOTYPE_NAMES]);
    expect(contract.echo.equal).toEqual([...OBJECT_PROTOTYPE_NAMES]);
    expect(contract.docDefects).toEqual([]);
    // Its examples still validate against its own schemas, and it serialises with every name.
    expect(validate(contract.request.schema, contract.request.example.body)).toEqual([]);
    expect(validate(contract.response.schema, contract.response.example.body)).toEqual([]);
    expect(JSON.parse(outcome.json)).toEqual(JSON.parse(JSON.stringify(contract)));
    expect(outcome.json).toContain('"__proto__": "Object"');
  });

  it('a body sending `constructor` to a schema that does not list it is open, not an error', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' } } };
    expect(validate(schema, JSON.parse('{"constructor": 1, "toString": "x", "__proto__": [], "name": "a"}') as JsonObject)).toEqual([]);
  });
});

describe('an example nested 10,000 deep fails its page with a code and a line', () => {
  it.each(['object', 'array'] as const)('%s', (shape) => {
    const text = pageWithDeepExample(10_000, shape);
    const outcome = build(text);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.problems.filter((problem) => problem.fatal).map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'EXAMPLE_TOO_DEEP', line: lineOf(text, '"parts": [') }]);
  });
});
