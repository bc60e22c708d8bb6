// The docs-sync job without GitHub, on real docs history: contracts built from the Intune app
// pages as they stood on 2020-07-01 are the committed ones, ../shared/corpus (July 2021) is
// today's docs. sync builds, diffs, writes the changelog, runs the gate against the mock in a
// child vitest and writes the new contracts; afterwards check finds them current.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

const CORPUS_DATA = sharedData(['corpus']);
const HISTORY_DATA = sharedData(['history', '2020-07-01']);
const CORPUS = CORPUS_DATA.path;
const HISTORY = HISTORY_DATA.path;
// The app pages only: 45 pages, 44 of them changed since 2020; enough for every section of the
// changelog while the child gate stays a few seconds.
const MATCH = '^beta/intune-apps-';
const available = !CORPUS_DATA.missing && !HISTORY_DATA.missing;

/** Today's pages with the 2020 version laid over each page the history has. */
function pagesOf2020(): string {
  const pages = mkdtempSync(join(tmpdir(), 'gc-pages-2020-'));
  cpSync(join(CORPUS, 'beta'), join(pages, 'beta'), { recursive: true, filter: (source) => !source.endsWith('.md') || /intune-apps-[^/]*$/.test(source) });
  for (const file of readdirSync(join(HISTORY, 'beta')).filter((name) => name.startsWith('intune-apps-'))) cpSync(join(HISTORY, 'beta', file), join(pages, 'beta', file));
  return pages;
}

// The commits the pages were taken from (../shared/history/manifest.tsv, ../shared/corpus/manifest.tsv).
const COMMIT_2020 = '710100a4df18fe3acaae4af57d5b552a88bb06c1';
const COMMIT_2021 = 'db3ad7292b828f2149fe620c9a6de9f98946b4fd';
const BASE = 'https://example.test/blob/{commit}/api-reference/';

describe.skipIf(!available)(nameNeeding('graph-contracts sync, 2020-07-01 -> corpus (beta app pages)', CORPUS_DATA, HISTORY_DATA), () => {
  test('writes a changelog breaking-first, flags a stale expectation, passes the gate, writes the contracts, and then nothing drifts', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gc-sync-'));
    const committed = join(work, 'contracts');
    expect((await runCli(['build', pagesOf2020(), '--match', MATCH, '--out', committed, '--docs-commit', COMMIT_2020])).code).toBe(0);
    const expectations = join(work, 'tenant.json');
    writeFileSync(expectations, JSON.stringify({ format: 1, expectations: { 'beta/intune-apps-win32lobapp-create': { '/deviceAppManagement/mobileApps': { outcome: 'example-refused' } } } }));
    const changelog = join(work, 'changelog.md');
    const full = join(work, 'changelog-full.md');
    const outputs = join(work, 'github-output');
    const sync = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', committed, '--docs-commit', COMMIT_2021, '--changelog', changelog, '--changelog-full', full, '--changelog-full-url', 'https://example.test/runs/1',
      '--expectations', expectations, '--github-output', outputs, '--docs-base-url', BASE, '--write']);
    expect(sync.stderr).toBe('');
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/^gate against the mock: passed \(Contract paths: \d+ \(passed \d+\)\)$/m);
    expect(sync.stdout).toContain('1 contract with a tenant expectation changed in a breaking way');

    const text = readFileSync(changelog, 'utf8');
    const headings = [...text.matchAll(/^## (.*) \([\d,]+\)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Breaking changes', 'Warnings', 'Informational changes']);
    // Checked by hand against the two versions of the page: the 2020 table lists installLanguage
    // (line 87), today's does not; removed from request and response alike, so one line, linked to
    // the 2020 page at its commit.
    expect(text).toMatch(/### `beta\/intune-apps-win32lobapp-create`\n\n> This contract is listed in the tenant expectations/);
    expect(text).toContain(`- \`request-property-removed\` + \`response-property-removed\`: \`installLanguage removed\` ([old page, line 87](https://example.test/blob/${COMMIT_2020}/api-reference/beta/intune-apps-win32lobapp-create.md#L87))`);
    expect(text).toMatch(new RegExp(`\\(\\[page, line \\d+\\]\\(https://example\\.test/blob/${COMMIT_2021}/api-reference/beta/intune-apps-`));
    expect(text).toContain('[the full changelog](https://example.test/runs/1)');
    const fullText = readFileSync(full, 'utf8');
    expect(fullText).toContain('## Informational changes');
    expect(fullText).not.toContain('<details>');
    expect(readFileSync(outputs, 'utf8')).toMatch(/^changed=true\nbreaking=true\nsummary=\d+ changes \(\d+ breaking, \d+ warning, \d+ info\) in \d+ of 45 contracts compared\n$/);
    // The new contracts record today's commit.
    expect(JSON.parse(readFileSync(join(committed, 'beta/intune-apps-win32lobapp-create.json'), 'utf8')).source.commit).toBe(COMMIT_2021);

    expect(await runCli(['check', CORPUS, '--match', MATCH, '--contracts', committed])).toMatchObject({ code: 0 });
    const again = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', committed, '--no-gate']);
    expect(again.stdout).toMatch(/^0 changes \(0 breaking, 0 warning, 0 info\) in 0 of 45 contracts compared$/m);
  }, 120_000);

  test('a first sync into an empty folder reads as such and counts the new contracts per area', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gc-first-sync-'));
    const changelog = join(work, 'changelog.md');
    const outputs = join(work, 'github-output');
    const sync = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', join(work, 'contracts'), '--changelog', changelog, '--github-output', outputs, '--no-gate']);
    expect(sync.stdout).toMatch(/^45 new contracts; nothing to compare yet$/m);
    const text = readFileSync(changelog, 'utf8');
    expect(text).toContain('**45 new contracts; nothing to compare yet**');
    expect(text).toContain('| `intune-apps` | 45 | 45 |');
    expect(text).not.toContain('`beta/intune-apps-win32lobapp-create`');
    expect(readFileSync(outputs, 'utf8')).toContain('summary=45 new contracts; nothing to compare yet\n');
  });
});
