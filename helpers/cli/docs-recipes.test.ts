// The docs' recipes, run as written: the commands of a code block in docs/, through bash and
// the real bin, over small pages of our own in place of ../shared (paths substituted, nothing
// else). docs/diff.md's history recipe chains `build A && build B`; with a broken page among
// the pages (as the real docs always have), the second build must still run and diff must write
// the changelog.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { edit, fixturePages } from '../parse/fixtures/fixture-pages.ts';
import { PROJECT_ROOT } from '../testing/child-vitest.ts';

/** The first ```bash block after `heading` in a page of docs/. */
function recipe(page: string, heading: string): string {
  const text = readFileSync(join(PROJECT_ROOT, 'docs', page), 'utf8');
  const block = /```bash\n([\s\S]*?)```/.exec(text.slice(text.indexOf(heading)));
  if (!block) throw new Error(`docs/${page} has no bash block after "${heading}"`);
  return block[1]!;
}

function writePages(root: string, pages: Record<string, string>): string {
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

test('docs/diff.md, "The docs history": both builds run over pages with a broken one, and diff writes the changelog', () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-recipe-'));
  const broken = edit(fixturePages.md, /POST \/widgetHub\/widgetRequests\n[\s\S]*?(?=```)/, 'POST ** Collection URI for widgetRequest not found\n');
  const corpus = writePages(join(work, 'corpus'), { 'beta/widget-create.md': fixturePages.md, 'beta/broken-create.md': broken, 'v1.0/widget-create.md': fixturePages.md });
  const history = writePages(join(work, 'history'), { 'beta/widget-create.md': edit(fixturePages.md, '|tags|String collection|Free tags.|\n', '|tags|String collection|Free tags.|\n|legacyFlag|Boolean|Gone since.|\n') });
  const tmp = join(work, 'tmp');
  const script = recipe('diff.md', '## The docs history')
    .replaceAll('/tmp/', `${tmp}/`)
    .replaceAll('../shared/corpus', corpus)
    .replaceAll('../shared/history/2019-07-01', history)
    .replaceAll('npx graph-contracts', `node ${join(PROJECT_ROOT, 'bin/graph-contracts.js')}`);
  mkdirSync(tmp);
  const run = spawnSync('bash', ['-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  const output = run.stdout + run.stderr;
  // Each build names the broken page and writes the others.
  expect(output.match(/^FAILED beta\/broken-create\.md:\d+ .*\[BROKEN_POST_PATH\]$/gm), output).toHaveLength(2);
  expect(output.match(/^built 2 of 3 pages; 1 failed \(named above\)$/gm), output).toHaveLength(2);
  for (const built of ['c2019', 'cnew']) expect(readdirSync(join(tmp, built)).sort(), output).toEqual(['beta', 'v1.0']);
  // diff ran and wrote the changelog; it exits 1 because the history's property is gone (breaking).
  expect(existsSync(join(tmp, 'changelog.md')), output).toBe(true);
  expect(readFileSync(join(tmp, 'changelog.md'), 'utf8')).toContain('legacyFlag');
  expect(run.status, output).toBe(1);
}, 70_000);
