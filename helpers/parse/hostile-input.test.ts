import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';
import { MAX_MARKUP_NESTING } from './markup-nesting.ts';
import { MAX_JSON_DEPTH } from '../foundation/json-depth.ts';
import { fixturePages } from './fixtures/fixture-pages.ts';
import { HOSTILE_CELL_SHAPES, lineOf, pageWithDeepExample, pageWithDeepMarkup, pageWithDescription, repeatTo } from '../testing/hostile-pages.ts';

// Hostile pages the parser must read as it reads any other: the right properties, each
// problem coded and placed. No duration is asserted (speed is `npm run bench:hostile`), but
// the cells are large enough that a pattern backtracking super-linearly on them ran for
// minutes, past vitest's test timeout, which is how these rows failed before the fix.

const NAMES = ['id', 'displayName', 'spinCount', 'color', 'size', 'readiness', 'tags', 'parts', 'createdDateTime'];
const CELL_BYTES = 256 * 1024;

describe('a 256 KB description cell of each hostile shape reads like any cell', () => {
  const rows = HOSTILE_CELL_SHAPES.flatMap(({ name, unit }) => (['md', 'legacy', 'text'] as const).map((dialect) => ({ name, unit, dialect })));
  it.each(rows)('$name ($dialect)', ({ unit, dialect }) => {
    const { page, problems } = parsePage('hostile.md', pageWithDescription(repeatTo(unit, CELL_BYTES), dialect));
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(page?.properties.map((property) => property.name)).toEqual(NAMES);
    expect(page?.properties.find((property) => property.name === 'displayName')?.type).toBe('String');
  });

  it('a repeated "Possible values are: a, " still yields its one value, once', () => {
    const { page } = parsePage('hostile.md', pageWithDescription(repeatTo('Possible values are: a, ', CELL_BYTES)));
    expect(page?.properties.find((property) => property.name === 'displayName')?.enumValues).toEqual(['a']);
  });
});

describe('markup nested past MAX_MARKUP_NESTING is a coded failure with its line, never a crash', () => {
  const rows = [
    { marker: '>' as const, depth: 10_000, dialect: 'md' as const },
    { marker: '+' as const, depth: 10_000, dialect: 'md' as const },
    { marker: '1.' as const, depth: 10_000, dialect: 'legacy' as const },
    { marker: '>' as const, depth: MAX_MARKUP_NESTING + 1, dialect: 'md' as const },
  ];
  it.each(rows)('$depth x "$marker" ($dialect)', ({ marker, depth, dialect }) => {
    const text = pageWithDeepMarkup(depth, marker, dialect);
    const { problems } = parsePage('deep.md', text);
    expect(problems.filter((problem) => problem.fatal).map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'MARKUP_TOO_DEEP', line: lineOf(text, `${marker} ${marker} `) }]);
  });

  it(`${MAX_MARKUP_NESTING} levels are still read`, () => {
    const { page, problems } = parsePage('deep.md', pageWithDeepMarkup(MAX_MARKUP_NESTING, '>'));
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(page?.properties.map((property) => property.name)).toEqual(NAMES);
  });
});

describe('an example body nested past MAX_JSON_DEPTH is a coded failure on the line that goes too deep', () => {
  const rows = (['md', 'legacy', 'text'] as const).flatMap((dialect) => [
    { depth: 10_000, shape: 'object' as const, dialect },
    { depth: 10_000, shape: 'array' as const, dialect },
    { depth: MAX_JSON_DEPTH + 1, shape: 'object' as const, dialect },
  ]);
  it.each(rows)('$depth levels of $shape ($dialect)', ({ depth, shape, dialect }) => {
    const text = pageWithDeepExample(depth, shape, dialect);
    const { page, problems } = parsePage('deep.md', text);
    expect(problems.filter((problem) => problem.fatal).map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'EXAMPLE_TOO_DEEP', line: lineOf(text, '"parts": [') }]);
    expect(page?.examples[0]?.request.body).toBeUndefined();
  });

  it(`${MAX_JSON_DEPTH} levels are still read`, () => {
    const { page, problems } = parsePage('deep.md', pageWithDeepExample(MAX_JSON_DEPTH, 'object'));
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(page?.examples[0]?.request.body).toMatchObject({ parts: [{ a: { a: {} } }] });
  });
});

describe('a heading named like an Object.prototype member is just another section', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('## %s', (name) => {
    const text = fixturePages.md.replace('## Request headers', `## ${name}\nSome text.\n\n## Request headers`);
    const { page, problems } = parsePage('heading.md', text);
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(page?.properties.map((property) => property.name)).toEqual(NAMES);
  });
});
