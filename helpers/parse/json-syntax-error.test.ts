import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax-error.ts';
import { parsePage } from './parse-page.ts';
import { edit, fixturePages } from './fixtures/fixture-pages.ts';
import { formatProblem } from '../foundation/diagnostics.ts';

// Each broken body names the 1-based line and column of the first character that is not JSON,
// as a reader would point at it; JSON.parse must reject the same body (the two never disagree).

const cases: Array<[string, { given: string; want: { line: number; column: number; message: RegExp } }]> = [
  ['missing comma between properties', { given: '{\n  "a": 1\n  "b": 2\n}', want: { line: 3, column: 3, message: /expected ',' or the closing bracket, found '"b"'/ } }],
  ['trailing comma in an object', { given: '{\n  "a": 1,\n}', want: { line: 3, column: 1, message: /expected a property name in double quotes, found '}'/ } }],
  ['trailing comma in an array', { given: '{"a": [1,\n 2,\n]}', want: { line: 3, column: 1, message: /expected a value, found ']'/ } }],
  ['a misspelt literal', { given: '{\n  "a": tru\n}', want: { line: 2, column: 8, message: /found 'tru'/ } }],
  ['single quotes', { given: "{\n  'a': 1\n}", want: { line: 2, column: 3, message: /property name in double quotes/ } }],
  ['an unquoted key', { given: '{\n  a: 1\n}', want: { line: 2, column: 3, message: /property name in double quotes or '}', found 'a'/ } }],
  ['a raw tab inside a string', { given: '{\n  "a": "x\ty"\n}', want: { line: 2, column: 8, message: /control character/ } }],
  ['a string broken across lines', { given: '{\n  "a": "x\ny"\n}', want: { line: 2, column: 8, message: /does not end on its line/ } }],
  ['a bad escape', { given: '{"a": "\\q"}', want: { line: 1, column: 7, message: /invalid escape/ } }],
  ['a leading zero', { given: '{"a": 01}', want: { line: 1, column: 8, message: /found '1'/ } }],
  ['a comment', { given: '{\n  // note\n  "a": 1\n}', want: { line: 2, column: 3, message: /comment/ } }],
  ['a non-breaking space between tokens', { given: '{"a":\u00A01}', want: { line: 1, column: 6, message: /U\+00A0/ } }],
  ['mismatched brackets', { given: '{"a": [1, 2}', want: { line: 1, column: 12, message: /found '}'/ } }],
  ['text after the value', { given: '{"a": 1}\n\nmore', want: { line: 3, column: 1, message: /nothing after the JSON value, found 'more'/ } }],
  ['the body ends early', { given: '{\n  "a": {\n    "b": 1', want: { line: 3, column: 11, message: /found the end of the body with 2 brackets still open/ } }],
  ['10,000 unclosed objects (no recursion)', { given: '{"a":'.repeat(10_000), want: { line: 1, column: 50_001, message: /10000 brackets still open/ } }],
];

describe('findJsonSyntaxError', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(() => JSON.parse(given)).toThrow();
    const error = findJsonSyntaxError(given);
    expect(error && { line: error.line + 1, column: error.column + 1 }).toEqual({ line: want.line, column: want.column });
    expect(error?.message).toMatch(want.message);
  });

  it.each([
    ['an object', '{"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}], "c": {}}'],
    ['whitespace JSON allows', ' \t\r\n{ "a" : [ ] }\n'],
    ['10,000 nested arrays', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ])('accepts what JSON.parse accepts: %s', (_name, given) => {
    expect(() => JSON.parse(given)).not.toThrow();
    expect(findJsonSyntaxError(given)).toBeUndefined();
  });
});

describe('BAD_EXAMPLE_JSON on a page: the exact line, one line of message', () => {
  const { md, text } = fixturePages;
  it.each([
    ['md: a trailing comma 10 lines into the response body', md, '"tags": ["round"],\n  "parts"', '"tags": ["round",],\n  "parts"', '"tags": ["round",],'],
    ['text: a misspelt literal in the request body', text, '"spinCount": 3,', '"spinCount": tree,', '"spinCount": tree,'],
  ])('%s', (_name, page, from, to, wantLine) => {
    const given = edit(page, from, to);
    const { problems } = parsePage('widget.md', given);
    const bad = problems.filter((problem) => problem.code === 'BAD_EXAMPLE_JSON');
    expect(bad).toHaveLength(1);
    expect(given.split('\n')[bad[0]!.line! - 1]?.trim()).toBe(wantLine);
    expect(formatProblem(bad[0]!)).not.toContain('\n');
  });
});
