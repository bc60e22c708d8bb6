// The docs-sync job without GitHub, on real docs history: contracts built from the Intune app
// pages as they stood on 2020-07-01 are the committed ones, ../shared/corpus (July 2021) is
// today's docs. sync builds, diffs, writes the changelog, runs the gate against the mock in a
// child vitest and writes the new contracts; afterwards check finds them current.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const SHARED = join(import.meta.dirname, '../../../shared');
const CORPUS = join(SHARED, 'corpus');
const HISTORY = join(SHARED, 'history/2020-07-01');
// The app pages only: 45 pages, 44 of them changed since 2020; enough for every section of the
// changelog while the child gate stays a few seconds.
const MATCH = '^beta/intune-apps-';
const available = existsSync(CORPUS) && existsSync(HISTORY);

/** Today's pages with the 2020 version laid over each page the history has. */
function pagesOf2020(): string {
  const pages = mkdtempSync(join(tmpdir(), 'gc-pages-2020-'));
  cpSync(join(CORPUS, 'beta'), join(pages, 'beta'), { recursive: true, filter: (source) => !source.endsWith('.md') || /intune-apps-[^/]*$/.test(source) });
  for (const file of readdirSync(join(HISTORY, 'beta')).filter((name) => name.startsWith('intune-apps-'))) cpSync(join(HISTORY, 'beta', file), join(pages, 'beta', file));
  return pages;
}

describe.skipIf(!available)(`graph-contracts sync, ${available ? '' : 'skipped: no ../shared/history, '}2020-07-01 -> corpus (beta app pages)`, () => {
  test('writes a changelog breaking-first, flags a stale expectation, passes the gate, writes the contracts, and then nothing drifts', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gc-sync-'));
    const committed = join(work, 'contracts');
    expect((await runCli(['build', pagesOf2020(), '--match', MATCH, '--out', committed])).code).toBe(0);
    const expectations = join(work, 'tenant.json');
    writeFileSync(expectations, JSON.stringify({ format: 1, expectations: { 'beta/intune-apps-win32lobapp-create': { '/deviceAppManagement/mobileApps': { outcome: 'example-refused' } } } }));
    const changelog = join(work, 'changelog.md');
    const outputs = join(work, 'github-output');
    const sync = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', committed, '--changelog', changelog, '--expectations', expectations, '--github-output', outputs, '--docs-base-url', 'https://example.test/api-reference', '--write']);
    expect(sync.stderr).toBe('');
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/^gate against the mock: passed \(Contract paths: \d+ \(passed \d+\)\)$/m);
    expect(sync.stdout).toContain('1 contract with a tenant expectation changed in a breaking way');

    const text = readFileSync(changelog, 'utf8');
    const headings = [...text.matchAll(/^## (.*) \(\d+\)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Breaking changes', 'Warnings', 'Other changes']);
    // Checked by hand against the two versions of the page: the 2020 table lists installLanguage,
    // today's does not.
    expect(text).toMatch(/### `beta\/intune-apps-win32lobapp-create`\n\n> This contract is listed in the tenant expectations/);
    expect(text).toContain('- `request-property-removed` `installLanguage`: `installLanguage removed` ([`beta/intune-apps-win32lobapp-create.md:');
    expect(text).toContain('](https://example.test/api-reference/beta/intune-apps-win32lobapp-create.md#L');
    expect(readFileSync(outputs, 'utf8')).toMatch(/^changed=true\nbreaking=true\nsummary=\d+ changes \(\d+ breaking, \d+ warning, \d+ info\) in \d+ of 45 contracts compared\n$/);

    expect(await runCli(['check', CORPUS, '--match', MATCH, '--contracts', committed])).toMatchObject({ code: 0 });
    const again = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', committed, '--no-gate']);
    expect(again.stdout).toMatch(/^0 changes \(0 breaking, 0 warning, 0 info\) in 0 of 45 contracts compared$/m);
  }, 120_000);
});
