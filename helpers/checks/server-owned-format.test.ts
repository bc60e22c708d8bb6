import { describe, expect, it } from 'vitest';
import type { JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { describeFormatMismatch } from './server-owned-format.ts';

// A server-owned value is judged by the same lexical forms as the contract's schemas.
const facts = (type: string): PropertyFacts => ({ name: 'value', type, collection: false, readOnly: true });

const cases: Array<[type: string, value: JsonValue, fits: boolean]> = [
  ['Duration', '-PT17.1357909S', true],
  ['Duration', 'PT2M43.444327S', true],
  ['Duration', 'five minutes', false],
  ['TimeOfDay', '11:59:31.3170000', true],
  ['TimeOfDay', '11:59:31Z', false],
  ['Date', '2016-12-31', true],
  ['Date', '31/12/2016', false],
  ['Binary', 'Y29udGVudA==', true],
  ['Binary', 'not base64!', false],
  ['Guid', '5D1C0B9E-0000-4000-8000-00000000BEEF', true],
  ['Guid', 'not-a-guid', false],
  ['Edm.Duration', 'PT1S', true],
  ['String', 'anything', true],
  ['String', 3, false],
  ['Duration', null, true],
];

describe('describeFormatMismatch', () => {
  it.each(cases)('%s %j fits: %s', (type, value, fits) => {
    expect(describeFormatMismatch(value, facts(type)) === undefined).toBe(fits);
  });
});
