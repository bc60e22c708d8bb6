// Fields named like Object.prototype's members are looked up as own fields only: a response
// that lacks `constructor` lacks it, whatever `{}.constructor` says.
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../foundation/contract-types.ts';
import { fillPathTemplate } from '../foundation/path-template.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { checkEcho } from './echo-check.ts';
import { compareEchoedValue } from './compare-echoed-value.ts';
import { parseResponseBody } from './parse-response-body.ts';

const parsed = (text: string) => parseResponseBody({ headers: { 'Content-Type': 'application/json' }, text });

const echoRows: Array<{ given: string; echo: { equal: string[]; serverOwned: string[] }; sent: string; received: string; want: string[] }> = [
  { given: 'an echoed `constructor` missing from the response', echo: { equal: ['constructor'], serverOwned: [] }, sent: '{"constructor":"Ada"}', received: '{"id":"1"}', want: ['ECHO_MISSING'] },
  { given: 'an echoed `__proto__` missing from the response', echo: { equal: ['__proto__'], serverOwned: [] }, sent: '{"__proto__":"Object"}', received: '{"id":"1"}', want: ['ECHO_MISSING'] },
  { given: 'an echoed `__proto__` that comes back', echo: { equal: ['__proto__'], serverOwned: [] }, sent: '{"__proto__":"Object"}', received: '{"id":"1","__proto__":"Object"}', want: [] },
  { given: 'a documented echo of `valueOf` the example does not send', echo: { equal: ['valueOf'], serverOwned: [] }, sent: '{}', received: '{"id":"1"}', want: [] },
  { given: 'a server-owned `toString` missing from the response', echo: { equal: [], serverOwned: ['toString'] }, sent: '{}', received: '{"id":"1"}', want: ['SERVER_OWNED_MISSING'] },
  { given: 'a server-owned `hasOwnProperty` present', echo: { equal: [], serverOwned: ['hasOwnProperty'] }, sent: '{}', received: '{"id":"1","hasOwnProperty":"x"}', want: [] },
];

describe('checkEcho with Object.prototype names', () => {
  test.each(echoRows)('$given', ({ echo, sent, received, want }) => {
    const contract = contractFixture({ echo });
    const result = checkEcho(contract, JSON.parse(sent) as JsonObject, parsed(received));
    expect(result.failures.map((failure) => failure.code)).toEqual(want);
  });

  test('a nested `valueOf` missing from an echoed object', () => {
    const failures = compareEchoedValue('settings', JSON.parse('{"valueOf":1}') as JsonObject, {});
    expect(failures.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'ECHO_MISSING', field: 'settings.valueOf' }]);
  });
});

describe('path parameters named like Object.prototype members', () => {
  test.each(['constructor', 'toString', '__proto__'])('{%s} has no value until one is given', (name) => {
    expect(fillPathTemplate(`/widgets/{${name}}/parts`, {})).toEqual({ missing: [name] });
    expect(fillPathTemplate(`/widgets/{${name}}/parts`, Object.fromEntries([[name, 'w 1']]))).toEqual({ path: '/widgets/w%201/parts' });
  });
});
