import { expect, test } from 'vitest';
import { countOf, groupedCountOf, thousands } from './count-noun.ts';

test.each([
  [0, 'page', undefined, '0 pages'],
  [1, 'page', undefined, '1 page'],
  [2, 'page', undefined, '2 pages'],
  [1, 'entry', 'entries', '1 entry'],
  [3, 'entry', 'entries', '3 entries'],
])('countOf(%i, %j) is %j', (count, singular, plural, want) => {
  expect(countOf(count, singular, plural)).toBe(want);
});

test.each([
  [0, '0'], [999, '999'], [1_000, '1,000'], [1_020, '1,020'], [1_234_567, '1,234,567'], [-12_345, '-12,345'],
  // A fraction is left as it is: its digits are never grouped.
  [1_250.5, '1,250.5'], [0.1234, '0.1234'],
])('thousands(%d) is %j', (value, want) => {
  expect(thousands(value)).toBe(want);
});

test('groupedCountOf groups the count and keeps the noun in its number', () => {
  expect(groupedCountOf(1_020, 'new contract')).toBe('1,020 new contracts');
  expect(groupedCountOf(1, 'change')).toBe('1 change');
  expect(groupedCountOf(2_350, 'entry', 'entries')).toBe('2,350 entries');
});
