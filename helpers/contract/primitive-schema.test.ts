import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.ts';
import { createBodyValidator } from './body-validator.ts';
import { propertySchema } from './property-schema.ts';
import type { JsonValue } from '../foundation/contract-types.ts';

// What a contract accepts for each OData primitive, as Graph sends it: one property `value` of
// the given type, validated the way the builder validates examples.

const validate = createBodyValidator(createAjv());
const accepts = (type: string, value: JsonValue, range: { minimum?: number; maximum?: number } = {}) => {
  const schema = { type: 'object', properties: { value: propertySchema({ name: 'value', type, collection: false, readOnly: false, ...range }, value) } };
  return validate(schema, { value }).length === 0;
};

const cases: Array<[string, { given: { type: string; value: JsonValue; range?: { minimum?: number; maximum?: number } }; want: boolean }]> = [
  ['Int32 lowest', { given: { type: 'Int32', value: -2147483648 }, want: true }],
  ['Int32 highest', { given: { type: 'Int32', value: 2147483647 }, want: true }],
  ['Int32 one below', { given: { type: 'Int32', value: -2147483649 }, want: false }],
  ['Int32 one above', { given: { type: 'Int32', value: 2147483648 }, want: false }],
  ['Int32 fraction', { given: { type: 'Int32', value: 1.5 }, want: false }],
  ['Int32 as a string', { given: { type: 'Int32', value: '3' }, want: false }],
  ['Int32 inside "Valid values 1 to 12"', { given: { type: 'Int32', value: 12, range: { minimum: 1, maximum: 12 } }, want: true }],
  ['Int32 outside "Valid values 1 to 12"', { given: { type: 'Int32', value: 13, range: { minimum: 1, maximum: 12 } }, want: false }],
  ['Int64 beyond Int32', { given: { type: 'Int64', value: 9007199254740991 }, want: true }],
  ['Byte 256', { given: { type: 'Byte', value: 256 }, want: false }],
  ['Double number', { given: { type: 'Double', value: 0.25 }, want: true }],
  ['Double "NaN"', { given: { type: 'Double', value: 'NaN' }, want: true }],
  ['Double "INF"', { given: { type: 'Double', value: 'INF' }, want: true }],
  ['Double "-INF"', { given: { type: 'Double', value: '-INF' }, want: true }],
  ['Double "Infinity" (not OData)', { given: { type: 'Double', value: 'Infinity' }, want: false }],
  ['Double "NaN" with a range', { given: { type: 'Double', value: 'NaN', range: { minimum: 0, maximum: 1 } }, want: true }],
  ['Double outside its range', { given: { type: 'Double', value: 2, range: { minimum: 0, maximum: 1 } }, want: false }],
  ['DateTimeOffset, 7 fractional digits, negative offset', { given: { type: 'DateTimeOffset', value: '2017-01-01T00:01:49.2071853-08:00' }, want: true }],
  ['DateTimeOffset, positive offset', { given: { type: 'DateTimeOffset', value: '2017-01-01T05:30:00+05:30' }, want: true }],
  ['DateTimeOffset, Z', { given: { type: 'DateTimeOffset', value: '2017-01-01T00:00:00Z' }, want: true }],
  ['DateTimeOffset without a zone', { given: { type: 'DateTimeOffset', value: '2017-01-01T00:00:00' }, want: false }],
  ['DateTimeOffset prose', { given: { type: 'DateTimeOffset', value: 'Requested Date Time value' }, want: false }],
  ['Duration with fractional seconds', { given: { type: 'Duration', value: 'PT1.5S' }, want: true }],
  ['negative Duration with fractional minutes (fractions on seconds only)', { given: { type: 'Duration', value: '-PT17.1600444M' }, want: false }],
  ['Duration in days and hours', { given: { type: 'Duration', value: 'P1DT2H' }, want: true }],
  ['Duration "PT" alone', { given: { type: 'Duration', value: 'PT' }, want: false }],
  ['Duration prose', { given: { type: 'Duration', value: '5 minutes' }, want: false }],
  ['TimeOfDay without offset, 7 fractional digits', { given: { type: 'TimeOfDay', value: '12:00:05.5020000' }, want: true }],
  ['TimeOfDay hours and minutes', { given: { type: 'TimeOfDay', value: '23:59' }, want: true }],
  ['TimeOfDay hour 24', { given: { type: 'TimeOfDay', value: '24:00:00' }, want: false }],
  ['Date', { given: { type: 'Date', value: '2016-12-31' }, want: true }],
  ['Guid', { given: { type: 'Guid', value: '5d1c0b9e-0000-4000-8000-00000000beef' }, want: true }],
  ['Guid malformed', { given: { type: 'Guid', value: 'not-a-guid' }, want: false }],
  ['Binary base64', { given: { type: 'Binary', value: 'd2lkZ2V0' }, want: true }],
  ['Binary not base64', { given: { type: 'Binary', value: 'not base64!' }, want: false }],
  ['Boolean', { given: { type: 'Boolean', value: false }, want: true }],
  ['Boolean as a string', { given: { type: 'Boolean', value: 'true' }, want: false }],
];

describe('primitive schemas through the body validator', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(accepts(given.type, given.value, given.range)).toBe(want);
  });
});
