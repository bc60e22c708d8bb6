import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

// `build` over a docs tree of our own in the docs' layout (api/ pages beside resources/ pages):
// resource pages are read relative to each page, several examples give several files, actions
// are counted apart, and `check` compares every one of a page's contracts.

const FIXTURES = join(import.meta.dirname, '../parse/fixtures/graph-wide');
const docsTree = () => {
  const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-wide-'));
  cpSync(FIXTURES, folder, { recursive: true });
  return folder;
};
const outFolder = () => mkdtempSync(join(tmpdir(), 'graph-contracts-wide-out-'));

describe('graph-contracts build over hand-written pages', () => {
  it('one file per create example, the resource page read beside the page; actions and resource pages counted apart', async () => {
    const out = outFolder();
    const result = await runCli(['build', docsTree(), '--out', out]);
    expect(result.stdout).toBe('built 1 of 1 page; 1 file skipped: not a create page; 1 action skipped: no example creates an entity\n');
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, 'beta/api')).sort()).toEqual(['workshop-post-gizmos.create_gizmo_on_bench.json', 'workshop-post-gizmos.create_gizmo_plain.json']);
    const contract = JSON.parse(readFileSync(join(out, 'beta/api/workshop-post-gizmos.create_gizmo_plain.json'), 'utf8'));
    expect(contract.source.propertySources[0]).toMatchObject({ from: 'resourcePage', file: 'beta/resources/gizmo.md' });
  });

  it('a page built on its own still finds its resource page, relative to where the page is', async () => {
    const tree = docsTree();
    const out = outFolder();
    const result = await runCli(['build', join(tree, 'beta/api/workshop-post-gizmos.md'), '--out', out]);
    expect(result.code).toBe(0);
    // Named from the folder above its API version folder, as when the whole tree is built.
    const contract = JSON.parse(readFileSync(join(out, 'beta/api/workshop-post-gizmos.create_gizmo_plain.json'), 'utf8'));
    expect(contract.source.propertySources[0]).toMatchObject({ from: 'resourcePage', file: 'beta/resources/gizmo.md' });
  });

  it('a resource page that is not there: the contract builds, --verbose names the link and where it was looked for', async () => {
    const tree = docsTree();
    rmSync(join(tree, 'beta/resources/gizmo.md'));
    const result = await runCli(['build', tree, '--out', outFolder(), '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^defect beta\/api\/workshop-post-gizmos\.md:\d+ > Request body > \.\.\/resources\/gizmo\.md: .*beta\/resources\/gizmo\.md is not there.* \[RESOURCE_PAGE_NOT_FOUND\]$/m);
  });

  it('an example that fails beside one that builds: FAILED at its line, the page still built; exit 1 only with --strict', async () => {
    const tree = docsTree();
    const file = join(tree, 'beta/api/workshop-post-gizmos.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"displayName": "Clicker",', '"displayName": "Clicker",,'));
    const result = await runCli(['build', tree, '--out', outFolder()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^FAILED beta\/api\/workshop-post-gizmos\.md:\d+ > Example: .*\[BAD_EXAMPLE_JSON\]$/m);
    expect(result.stdout).toMatch(/^built 1 of 1 page, 1 of them with an example that failed/m);
    expect((await runCli(['build', tree, '--out', outFolder(), '--strict'])).code).toBe(1);
  });

  it('check compares each contract of a page', async () => {
    const tree = docsTree();
    const out = outFolder();
    await runCli(['build', tree, '--out', out]);
    expect(await runCli(['check', tree, '--contracts', out])).toMatchObject({ code: 0, stdout: '2 contracts match their pages\n' });
    rmSync(join(out, 'beta/api/workshop-post-gizmos.create_gizmo_on_bench.json'));
    const drift = await runCli(['check', tree, '--contracts', out]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('MISSING');
    expect(drift.stdout).toContain('workshop-post-gizmos.create_gizmo_on_bench.json');
  });
});
