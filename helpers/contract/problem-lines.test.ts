import { describe, expect, it } from 'vitest';
import { buildPage } from './build-page.ts';
import { createBodyValidator } from './body-validator.ts';
import { createAjv } from './create-ajv.ts';
import { edit, fixturePages } from '../parse/fixtures/fixture-pages.ts';
import { formatProblem } from '../foundation/diagnostics.ts';
import { parsePage } from '../parse/parse-page.ts';

// Every problem about a place in a page carries that place's line. Each clean fixture page loses
// one line at a time (a heading, a fence, a table row, a JSON line...): whatever breaks, every
// problem reported has a line, and prints as one line.

const validate = createBodyValidator(createAjv());
const bytes = (text: string) => new TextEncoder().encode(text);

describe('every problem has a line', () => {
  it.each(Object.entries(fixturePages))('%s, minus each of its lines in turn', (name, page) => {
    const lines = page.split('\n');
    const withoutLine: string[] = [];
    let problems = 0;
    for (let index = 0; index < lines.length; index++) {
      const outcome = buildPage(`${name}.md`, bytes([...lines.slice(0, index), ...lines.slice(index + 1)].join('\n')), validate);
      if (outcome.status === 'skipped') continue;
      for (const problem of outcome.problems) {
        problems++;
        if (problem.line === undefined) withoutLine.push(`minus line ${index + 1}: ${problem.code}`);
        expect(formatProblem(problem)).not.toMatch(/\n/);
      }
    }
    expect(problems).toBeGreaterThan(10);
    expect(withoutLine).toEqual([]);
  });

  it.each([
    ['md: no property table under "## Request body"', edit(fixturePages.md, /\|Property\|Type[\s\S]*?Read-only\.\|\n(?=\n## Response)/, ''), 'NO_PROPERTY_TABLE', '## Request body'],
    ['md: no code under "### Request"', edit(fixturePages.md, /(### Request\nA request\.\n)``` http[\s\S]*?```\n/, '$1'), 'NO_EXAMPLE_REQUEST', '### Request'],
    ['text: no POST line under "HTTP Request"', edit(fixturePages.text, /POST \/widgetHub\/widgetRequests\n.*\n.*\n/, 'GET /widgetHub\n'), 'NO_POST_PATH', 'HTTP Request'],
    ['legacy: no "## Request body" heading: the next section heading', edit(fixturePages.legacy, '## Request body\n', ''), 'NO_PROPERTY_TABLE', '## Response'],
  ])('%s', (_name, given, code, wantLine) => {
    const problem = parsePage('widget.md', given).problems.find((candidate) => candidate.code === code);
    expect(problem?.line).toBeDefined();
    expect(given.split('\n')[problem!.line! - 1]).toBe(wantLine);
  });

  it('broken front matter: BAD_FRONT_MATTER at the page line of the YAML error, not line 2', () => {
    const given = edit(fixturePages.md, 'doc_type: apiPageType', 'doc_type: [apiPageType');
    const problem = parsePage('widget.md', given).problems.find((candidate) => candidate.code === 'BAD_FRONT_MATTER');
    expect(given.split('\n')[problem!.line! - 1]).toBe('doc_type: [apiPageType');
    expect(problem!.message).not.toMatch(/at line \d/);
  });

  it('a page cut short after its title: every missing part at its last line', () => {
    const given = fixturePages.md.split('\n').slice(0, 13).join('\n');
    const { problems } = parsePage('widget.md', given);
    expect(problems.map((problem) => problem.code)).toEqual(['NO_PERMISSIONS_TABLE', 'NO_POST_PATH', 'NO_PROPERTY_TABLE', 'NO_EXAMPLE_REQUEST', 'NO_EXAMPLE_RESPONSE']);
    expect(new Set(problems.map((problem) => problem.line))).toEqual(new Set([13]));
  });
});
