import { describe, expect, it } from 'vitest';
import { formatProblem, type PageProblem } from './diagnostics.ts';

// Every diagnostic prints as one line, whatever page text it quotes: a build prints one line per
// failure, and a bidi override or NUL from a page must not act on the reader's terminal.

const problem = (over: Partial<PageProblem>): PageProblem => ({ code: 'BAD_EXAMPLE_JSON', fatal: true, file: 'beta/x.md', message: 'm', ...over });

describe('formatProblem', () => {
  it.each([
    ['file, line, field', problem({ line: 7, field: 'color' }), 'beta/x.md:7 > Example > color: m [BAD_EXAMPLE_JSON]'],
    ['no line', problem({}), 'beta/x.md > Example: m [BAD_EXAMPLE_JSON]'],
    ['a message spanning lines is joined', problem({ line: 3, message: 'bad JSON near\n  "a": }\r\nhere' }), 'beta/x.md:3 > Example: bad JSON near "a": } here [BAD_EXAMPLE_JSON]'],
    ['invisible characters are shown, not printed', problem({ line: 2, field: 'ti\u202Etle', message: 'resource "a\u0000b\uFFFD"' }), 'beta/x.md:2 > Example > ti\\u{202E}tle: resource "a\\u{0}b\\u{FFFD}" [BAD_EXAMPLE_JSON]'],
    ['related lines are named', problem({ line: 64, related: [30, 31] }), 'beta/x.md:64 > Example: m (see lines 30, 31) [BAD_EXAMPLE_JSON]'],
  ])('%s', (_name, given, want) => {
    expect(formatProblem(given)).toBe(want);
  });
});
