import { expect, test } from 'vitest';
import { isJsonObject, parseJsonOrUndefined } from './json-object.ts';

test.each([
  ['{"a":1}', { a: 1 }], ['[1,2]', [1, 2]], ['null', null], ['"x"', 'x'], ['0', 0],
  ['', undefined], ['{"a":', undefined], ['not json', undefined], ['{a:1}', undefined],
])('parseJsonOrUndefined(%j) is %j', (text, want) => {
  expect(parseJsonOrUndefined(text)).toEqual(want);
});

test.each([
  [{}, true], [{ a: 1 }, true], [[], false], [null, false], ['x', false], [undefined, false],
])('isJsonObject(%j) is %j', (value, want) => {
  expect(isJsonObject(value)).toBe(want);
});
