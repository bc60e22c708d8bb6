import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';
import { edit, fixturePages } from './fixtures/fixture-pages.ts';
import { firstBadCharacter, IDENTIFIER, PATH_SEGMENT, PERMISSION_NAME } from './name-grammar.ts';
import { formatProblem } from '../foundation/diagnostics.ts';

// Names are read whole or reported: a character outside a name's grammar (a bidi override, a
// NUL, U+FFFD, `|`) once cut the name at that character, and the page built a contract for
// another resource, another permission or another path. Each row breaks one name of a clean
// fixture page; the page must give the code, fatal, at the line of that name.

const { md, legacy, text } = fixturePages;

interface Case {
  given: string;
  want: { code: string; line: number; field?: string; fatal?: boolean };
}

const cases: Array<[string, Case]> = [
  ['md: U+202E in the front matter title', {
    given: edit(md, 'title: "Create widgetRequest"', 'title: "Create widget\u202ERequest"'),
    want: { code: 'BAD_IDENTIFIER', line: 2, field: 'title' },
  }],
  ['legacy: U+202E in the heading', {
    given: edit(legacy, '# Create widgetRequest', '# Create widget\u202ERequest'),
    want: { code: 'BAD_IDENTIFIER', line: 1, field: 'title' },
  }],
  ['text: U+FFFD in the title line', {
    given: edit(text, 'Create widgetRequest\n', 'Create widget\uFFFDRequest\n'),
    want: { code: 'BAD_IDENTIFIER', line: 1, field: 'title' },
  }],
  ['md: NUL in the namespace', {
    given: edit(md, 'Namespace: microsoft.graph', 'Namespace: microsoft\u0000.graph'),
    want: { code: 'BAD_IDENTIFIER', line: 9, field: 'Namespace' },
  }],
  ['md: NUL inside a permission name', {
    given: edit(md, '|Widgets.Read.All, ', '|Widgets.Read\u0000Write.All, '),
    want: { code: 'BAD_PERMISSION_NAME', line: 20, field: 'Permissions' },
  }],
  ['text: U+FFFD inside a permission name', {
    given: edit(text, 'Widgets.Read.All, ', 'Widgets\uFFFD.Read.All, '),
    want: { code: 'BAD_PERMISSION_NAME', line: 14, field: 'Permissions' },
  }],
  ['legacy: "|" glued into a permission name', {
    given: edit(legacy, 'Widgets.ReadWrite.All, Widgets.Read.All', 'Widgets.ReadWrite.All, Widgets.Read\\|All'),
    want: { code: 'BAD_PERMISSION_NAME', line: 11, field: 'Permissions' },
  }],
  ['text: U+202E in a property name is a bad row, not a line of the description above', {
    given: edit(text, 'displayName String', 'display\u202EName String'),
    want: { code: 'BAD_PROPERTY_ROW', line: 36, fatal: false },
  }],
  ['text: NUL in a property type', {
    given: edit(text, 'displayName String', 'displayName Str\u0000ing'),
    want: { code: 'BAD_PROPERTY_ROW', line: 36, fatal: false },
  }],
  ['md: U+202E in a property name', {
    given: edit(md, '|displayName|', '|display\u202EName|'),
    want: { code: 'BAD_PROPERTY_ROW', line: 47, fatal: false },
  }],
  ['md: U+FFFD in a POST path', {
    given: edit(md, 'POST /widgetHub/widgetRequests\n', 'POST /widgetHub/widget\uFFFDRequests\n'),
    want: { code: 'BAD_PATH_SEGMENT', line: 30 },
  }],
  ['md: "|" in a POST path', {
    given: edit(md, 'POST /widgetHub/widgetRequests\n', 'POST /widgetHub|/widgetRequests\n'),
    want: { code: 'BAD_PATH_SEGMENT', line: 30 },
  }],
  ['text: a parameter that never closes', {
    given: edit(text, 'POST /widgetHub/widgetRequests\n', 'POST /widgetHub/{hubId/widgetRequests\n'),
    want: { code: 'BAD_PATH_SEGMENT', line: 20 },
  }],
];

describe('names are read whole or reported at their line', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const { problems } = parsePage('widget.md', given);
    const found = problems.filter((problem) => problem.code === want.code);
    expect(found).toMatchObject([{ fatal: want.fatal ?? true, line: want.line, ...(want.field ? { field: want.field } : {}) }]);
    // The printed line shows the bad character instead of letting it act on the terminal.
    expect(formatProblem(found[0]!)).toMatch(/^widget\.md:\d+(?: > [\w ]+)*: [^\n\u202E\u0000\uFFFD]*\[[A-Z_]+\]$/);
  });

  it('the clean pages have no such problem', () => {
    for (const page of [md, legacy, text]) {
      expect(parsePage('widget.md', page).problems.map((problem) => problem.code)).not.toEqual(expect.arrayContaining(['BAD_IDENTIFIER']));
      expect(parsePage('widget.md', page).problems.filter((problem) => problem.fatal)).toEqual([]);
    }
  });

  it('an empty segment after a single-valued navigation is kept and reported, not fatal', () => {
    const { page, problems } = parsePage('widget.md', edit(md, 'POST /widgetHub/widgetRequests\n', 'POST /widgetHub//widgetRequests\n'));
    expect(page?.paths[0]?.template).toBe('/widgetHub//widgetRequests');
    expect(problems).toMatchObject([{ code: 'EMPTY_PATH_SEGMENT', fatal: false, line: 30 }]);
  });
});

describe('firstBadCharacter', () => {
  it.each([
    ['managedApp\u202ELog', IDENTIFIER, 'character U+202E at position 11'],
    ['Apps.Read\u0000Write.All', PERMISSION_NAME, 'character U+0000 at position 10'],
    ['widgets|gadgets', PATH_SEGMENT, 'character "|" (U+007C) at position 8'],
    ['a..b', PATH_SEGMENT, 'character "." (U+002E) at position 3'],
    ['x'.repeat(300), IDENTIFIER, '300 characters (at most 256)'],
  ])('%j', (name, grammar, want) => {
    expect(firstBadCharacter(name, grammar)).toBe(want);
  });
});
