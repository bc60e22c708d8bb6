// The pathological inputs `npm run bench:hostile` times: a 1 MB description cell of each shape
// that once made a pattern backtrack (both markdown and plain text), 1 MB and 5 MB property
// tables, 1 MB of nested lists (marked's list reader, still slow: see docs/performance.md),
// examples nested 10,000 deep, markdown containers nested 10,000 deep, and bodies nested
// 2,000 and 10,000 deep (in a property the contract does not list) sent to the mock.
import { deepJson, HOSTILE_CELL_SHAPES, pageWithDeepExample, pageWithDeepMarkup, pageWithDescription, pageWithManyRows, pageWithMarkupBlock, repeatTo } from '../helpers/testing/hostile-pages.ts';
import { fixturePages } from '../helpers/parse/fixtures/fixture-pages.ts';

export type HostileCase =
  | { name: string; kind: 'page'; page: () => string }
  | { name: string; kind: 'mock'; contractPage: () => string; body: () => string };

const MB = 1024 * 1024;

/** Rows of ~50 bytes until the table holds `bytes`. */
const rowsFor = (bytes: number) => Math.ceil(bytes / 50);

export const HOSTILE_CASES: HostileCase[] = [
  ...HOSTILE_CELL_SHAPES.flatMap(({ name, unit }) => (['md', 'text'] as const).map((dialect): HostileCase => ({
    name: `1 MB cell of ${name} (${dialect})`,
    kind: 'page',
    page: () => pageWithDescription(repeatTo(unit, MB), dialect),
  }))),
  { name: '1 MB property table (md)', kind: 'page', page: () => pageWithManyRows(rowsFor(MB), 'md') },
  { name: '5 MB property table (md)', kind: 'page', page: () => pageWithManyRows(rowsFor(5 * MB), 'md') },
  { name: '5 MB property table (text)', kind: 'page', page: () => pageWithManyRows(rowsFor(5 * MB), 'text') },
  { name: 'example nested 10,000 deep, objects', kind: 'page', page: () => pageWithDeepExample(10_000, 'object') },
  { name: 'example nested 10,000 deep, arrays', kind: 'page', page: () => pageWithDeepExample(10_000, 'array') },
  { name: 'blockquotes nested 10,000 deep', kind: 'page', page: () => pageWithDeepMarkup(10_000, '>') },
  { name: 'list items nested 10,000 deep', kind: 'page', page: () => pageWithDeepMarkup(10_000, '+') },
  { name: '1 MB of 4-level nested lists', kind: 'page', page: () => pageWithMarkupBlock(repeatTo('- a\n  - a\n    - a\n      - a\n\n', MB)) },
  { name: 'mock: body nested 2,000 deep', kind: 'mock', contractPage: () => fixturePages.md, body: () => `{"unlisted":${deepJson(2_000, 'object')}}` },
  { name: 'mock: body nested 10,000 deep', kind: 'mock', contractPage: () => fixturePages.md, body: () => `{"unlisted":${deepJson(10_000, 'array')}}` },
];
