import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, brokenTextReferences, githubSlug, headingAnchors } from './markdown-links.ts';
import { unknownHtmlTags } from './raw-html.ts';

const ROOT = join(import.meta.dirname, '../..');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [relative(ROOT, path)] : [];
  });
}

const PAGES = ['README.md', ...markdownFiles(join(ROOT, 'docs'))];

describe('links in README.md and docs/', () => {
  test('there are pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(5);
  });

  test.each(PAGES)('%s: every relative link and anchor resolves', (page) => {
    expect(brokenLinks(ROOT, page).map((link) => `${link.page}:${link.line} ${link.target}: ${link.reason}`)).toEqual([]);
  });

  test.each(PAGES)('%s: renders as written (no placeholder taken for an HTML tag)', (page) => {
    const tags = unknownHtmlTags(readFileSync(join(ROOT, page), 'utf8'));
    expect(tags.map((found) => `${page}:${found.line} ${found.tag}: write it as code or escape it (\\<...\\>)`)).toEqual([]);
  });
});

describe('the raw-tag finder', () => {
  test('finds a placeholder outside code, with its line; code, escapes, comments and kept elements pass', () => {
    const page = ['# Setup', '', '4. **Grant admin consent for <tenant>**.', '', '| code | meaning |', '|---|---|', '| `X` | no CSDL <Schema> |', '', '`<tenant>` and \\<tenant\\> and &lt;tenant&gt;', '', '<!-- generated:x -->', '<details><summary>more</summary>text<br></details>', '', '```', '<tenant>', '```'].join('\n');
    expect(unknownHtmlTags(page)).toEqual([{ line: 3, tag: '<tenant>' }, { line: 7, tag: '<Schema>' }]);
  });
});

// .env.example and the workflows point into the docs from their comments; a section that moves
// (README "Outcome classes" went to docs/tenant-runs.md) must not leave them pointing nowhere.
const TEXT_FILES = ['.env.example', ...readdirSync(join(ROOT, '.github/workflows')).map((name) => `.github/workflows/${name}`), ...readdirSync(join(ROOT, 'docs/examples')).map((name) => `docs/examples/${name}`)];

describe('references to the docs in .env.example and the workflows', () => {
  test.each(TEXT_FILES)('%s: every docs reference resolves', (file) => {
    expect(brokenTextReferences(ROOT, file).map((link) => `${link.page}:${link.line} ${link.target}: ${link.reason}`)).toEqual([]);
  });

  test('.env.example points into the docs at all (the check has something to check)', () => {
    expect(readFileSync(join(ROOT, '.env.example'), 'utf8')).toMatch(/docs\/tenant-runs\.md#/);
  });

  test('finds a stale README "Section", a missing page and a missing anchor, with their lines', () => {
    const text = ['# see README "Outcome classes"', '# docs/tenant-runs.md#write-guard is fine', '# docs/nothere.md', '# docs/gate.md#no-such-heading', '# README, "Two commands" is fine'].join('\n');
    expect(brokenTextReferences(ROOT, '.env.example', text).map((link) => [link.line, link.target])).toEqual([
      [1, 'README "Outcome classes"'],
      [3, 'docs/nothere.md'],
      [4, 'docs/gate.md#no-such-heading'],
    ]);
  });
});

describe('the link checker', () => {
  test.each([
    ['Write `graph-contracts diff` (beta)', 'write-graph-contracts-diff-beta'],
    ['Model check (`GRAPH_METADATA`)', 'model-check-graph_metadata'],
    ['1. An app registration', '1-an-app-registration'],
    ['What changed since the last run?', 'what-changed-since-the-last-run'],
  ])('slugs %j as GitHub does: %s', (heading, slug) => {
    expect(githubSlug(heading.replace(/`/g, ''))).toBe(slug);
    expect(headingAnchors(`# ${heading}\n`).has(slug)).toBe(true);
  });

  test('numbers repeated headings', () => {
    expect([...headingAnchors('## Measured\n\n## Measured\n')]).toEqual(['measured', 'measured-1']);
  });

  test('finds a missing file, a missing anchor and a wrong anchor into code, with their lines; ignores code and external links', () => {
    const page = ['# Top', '', 'See [gate](docs/nothere.md) and [top](#top).', '', '[bad](#nowhere)', '', '`[not a link](x.md)`', '', '```', '[nor](y.md)', '```', '', '[code](package.json#scripts) [line](package.json#L3) [web](https://example.com/x.md)'].join('\n');
    expect(brokenLinks(ROOT, 'README.md', page).map((link) => [link.line, link.target])).toEqual([
      [3, 'docs/nothere.md'],
      [5, '#nowhere'],
      [13, 'package.json#scripts'],
    ]);
  });
});
