import { expect, test } from 'vitest';
import { compileSchema, schemaErrors } from './compile-schema.ts';

const schema = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string', format: 'date-time' } } };

test('one validator per distinct schema content', () => {
  expect(compileSchema(schema)).toBe(compileSchema(structuredClone(schema)));
});

test('the fast validator stops at the first error; schemaErrors lists all', () => {
  const bad = { a: 'x', b: 'not a date' };
  const fast = compileSchema(schema);
  expect(fast(bad)).toBe(false);
  expect(fast.errors).toHaveLength(1);
  expect(schemaErrors(schema, bad).map((e) => e.instancePath)).toEqual(['/a', '/b']);
  expect(schemaErrors(schema, { a: 1, b: '2017-01-01T00:00:00Z' })).toEqual([]);
});
