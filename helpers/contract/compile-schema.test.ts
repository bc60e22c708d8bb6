import { expect, test } from 'vitest';
import { createSchemaValidator } from './compile-schema.ts';

const schemaErrors = createSchemaValidator().errors;

const schema = { type: 'object', required: ['a'], properties: { a: { type: 'integer' }, b: { type: 'string', format: 'date-time' } } };

test.each([
  ['a valid body', { a: 1, b: '2017-01-01T00:00:00.1234567-08:00' }, []],
  ['every bad property, each at its path', { a: 'x', b: 'not a date' }, ['/a', '/b']],
  ['a missing required property at the root', { b: '2017-01-01T00:00:00Z' }, ['']],
  ['a body that is not an object', [1], ['']],
])('%s', (_name, body, paths) => {
  expect(schemaErrors(schema, body).map((error) => error.instancePath)).toEqual(paths);
});

test('additionalProperties: false at the top rejects an unknown property', () => {
  const closed = { ...schema, additionalProperties: false };
  expect(schemaErrors(closed, { a: 1, bogus: true }).map((error) => [error.keyword, error.params])).toEqual([['additionalProperties', { additionalProperty: 'bogus' }]]);
});
