import { expect, test } from 'vitest';
import { countOf } from './count-noun.ts';

test.each([
  [0, 'page', undefined, '0 pages'],
  [1, 'page', undefined, '1 page'],
  [2, 'page', undefined, '2 pages'],
  [1, 'entry', 'entries', '1 entry'],
  [3, 'entry', 'entries', '3 entries'],
])('countOf(%i, %j) is %j', (count, singular, plural, want) => {
  expect(countOf(count, singular, plural)).toBe(want);
});
