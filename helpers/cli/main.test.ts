import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { COMMAND_MODULES } from './command-modules.ts';
import { COMMANDS } from './commands.ts';

// A tiny page of our own: the CLI's behaviour, not the parser's coverage, is under test here.
const PAGE = `# Create widget

Namespace: microsoft.graph

## Permissions
|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|Widgets.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Widgets.ReadWrite.All|

## HTTP Request
\`\`\`http
POST /widgets
\`\`\`

## Request body
|Property|Type|Description|
|:---|:---|:---|
|id|String|Identifier. Read-only.|
|name|String|Name.|

## Example
### Request
\`\`\`http
POST https://graph.microsoft.com/v1.0/widgets
Content-type: application/json

{"name": "A"}
\`\`\`

### Response
\`\`\`http
HTTP/1.1 201 Created
Content-Type: application/json

{"id": "1", "name": "A"}
\`\`\`
`;

const run = runCli;

function pagesFolder(pages: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-pages-'));
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

describe('graph-contracts build', () => {
  it('writes one contract per page, mirroring sub-folders, and exits 0', async () => {
    const pages = pagesFolder({ 'a/widget-create.md': PAGE, 'widget.txt': PAGE });
    const out = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'));
    const result = await run(['build', pages, '--out', out]);
    expect(result).toMatchObject({ code: 0, stdout: 'built 2 of 2 pages\n' });
    expect(readdirSync(join(out, 'a'))).toEqual(['widget-create.json']);
    expect(JSON.parse(readFileSync(join(out, 'widget.json'), 'utf8'))).toMatchObject({ resource: 'widget', operation: { paths: ['/widgets'] } });
  });

  it('names a broken page with file, line and reason, still writes the others, and exits 0 (1 with --strict)', async () => {
    const broken = PAGE.replace('POST /widgets\n', 'POST ** Collection URI for widget not found\n');
    const pages = pagesFolder({ 'good.md': PAGE, 'broken.md': broken });
    const out = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'));
    const result = await run(['build', pages, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('FAILED broken.md:14 > HTTP request: POST line "** Collection URI for widget not found" is not a path');
    expect(result.stdout).toContain('[BROKEN_POST_PATH]');
    expect(result.stdout).toMatch(/\nbuilt 1 of 2 pages; 1 failed \(named above\)\n$/);
    expect(readdirSync(out)).toEqual(['good.json']);
    // --strict: the same output and contracts, but the broken page fails the build (a docs pull request's check).
    const strictOut = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'));
    const strict = await run(['build', pages, '--out', strictOut, '--strict']);
    expect(strict).toMatchObject({ code: 1, stdout: result.stdout });
    expect(readdirSync(strictOut)).toEqual(['good.json']);
  });

  it('exits 1 when no page built: nothing was written', async () => {
    const broken = PAGE.replace('POST /widgets\n', 'POST ** Collection URI for widget not found\n');
    const result = await run(['build', pagesFolder({ 'broken.md': broken }), '--out', mkdtempSync(join(tmpdir(), 'graph-contracts-out-'))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\nbuilt 0 of 1 page; 1 failed \(named above\)\n$/);
  });

  it('chains as docs/diff.md does: `build A && build B` runs B although A has a broken page', async () => {
    const broken = PAGE.replace('POST /widgets\n', 'POST ** Collection URI for widget not found\n');
    const [a, b] = [pagesFolder({ 'w.md': PAGE, 'broken.md': broken }), pagesFolder({ 'w.md': PAGE, 'broken.md': broken })];
    const [outA, outB] = [mkdtempSync(join(tmpdir(), 'gc-')), mkdtempSync(join(tmpdir(), 'gc-'))];
    const first = await run(['build', a, '--out', outA]);
    const second = first.code === 0 ? await run(['build', b, '--out', outB]) : undefined;
    expect(second?.code).toBe(0);
    expect(readdirSync(outB)).toEqual(['w.json']);
  });

  it('counts skipped pages with the right number: "1 file skipped", never "1 files"', async () => {
    const pages = pagesFolder({ 'w.md': PAGE, 'README.md': '# Notes\n\nNot a create page.\n' });
    const result = await run(['build', pages, '--out', mkdtempSync(join(tmpdir(), 'gc-'))]);
    expect(result).toMatchObject({ code: 0, stdout: 'built 1 of 1 page; 1 file skipped: not a create page\n' });
  });

  it('prints one line per failure, each with its place, even for page text spanning lines', async () => {
    const broken = PAGE.replace('POST /widgets\n', 'POST ** Collection URI for widget not found\nPOST /wid\uFFFDgets\n');
    const pages = pagesFolder({ 'broken.md': broken });
    const result = await run(['build', pages, '--out', mkdtempSync(join(tmpdir(), 'graph-contracts-out-'))]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.replace(/:.*\[/, ' [').replace(/\].*/, ']'))).toEqual([
      'FAILED broken.md [BROKEN_POST_PATH]',
      'FAILED broken.md [BAD_PATH_SEGMENT]',
      'built 0 of 1 page; 1 failed (named above)',
    ]);
    expect(lines[1]).toMatch(/^FAILED broken\.md:15 > HTTP request: .*\\u\{FFFD\}/);
  });

  it('refuses two pages that would write one contract file, naming both, and writes neither', async () => {
    const pages = pagesFolder({ 'x.md': PAGE, 'x.txt': PAGE, 'y.md': PAGE });
    const out = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'));
    const result = await run(['build', pages, '--out', out, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAILED x.md: x.txt would write the same contract file x.json');
    expect(result.stdout).toContain('FAILED x.txt: x.md would write the same contract file x.json');
    expect(result.stdout).toContain('[OUTPUT_COLLISION]');
    expect(result.stdout).toMatch(/built 1 of 3 pages; 2 failed \(named above\)\n$/);
    expect(readdirSync(out)).toEqual(['y.json']);
  });

  it('builds byte-identical output from the same input', async () => {
    const pages = pagesFolder({ 'w.md': PAGE });
    const [first, second] = [mkdtempSync(join(tmpdir(), 'gc-')), mkdtempSync(join(tmpdir(), 'gc-'))];
    await run(['build', pages, '--out', first]);
    await run(['build', pages, '--out', second]);
    expect(readFileSync(join(first, 'w.json'))).toEqual(readFileSync(join(second, 'w.json')));
  });

  it.each([
    ['no command', [], /expected a command: build, check, diff, sync, lint, sweep, expectations/],
    ['no input', ['build'], /at least one file or folder/],
    ['an unknown option', ['build', 'x', '--nope'], /Unknown option '--nope'/],
    ['a bad --match', ['build', '.', '--match', '('], /--match "\(" is not a regular expression/],
    ['a --docs-commit that is not a commit id', ['build', '.', '--docs-commit', 'HEAD'], /--docs-commit "HEAD" is not a commit id: expected 7 to 64 lower-case hex digits/],
    ['the same for sync', ['sync', '.', '--contracts', 'c', '--docs-commit', 'abc'], /--docs-commit "abc" is not a commit id/],
  ])('exits 2 with a usage error on %s', async (_name, args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('writes output files with their parent folders', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gc-'));
    const sarif = join(folder, 'new/deeper/build.sarif');
    const result = await run(['build', pagesFolder({ 'w.md': PAGE }), '--out', join(folder, 'contracts'), '--sarif', sarif]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('prints a usage error as its line and the usage, not the whole help', async () => {
    const result = await run(['build', 'x', '--nope']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^graph-contracts build: Unknown option '--nope'/),
      expect.stringMatching(/^usage: graph-contracts build <file\|dir>\.\.\. /),
      '("graph-contracts build --help" explains every option)',
    ]);
  });

  // Each input mistake is one line on stderr naming the argument and what to give, exit 2,
  // and nothing is written.
  describe('exits 2 with one line naming an input mistake', () => {
    const pages = () => pagesFolder({ 'beta/w-create.md': PAGE, 'beta/v-create.md': PAGE.replace('widget', 'gadget') });
    const contracts = () => {
      const folder = mkdtempSync(join(tmpdir(), 'gc-contracts-'));
      writeFileSync(join(folder, 'w.json'), '{}');
      return folder;
    };
    const cases: Array<[string, () => string[], RegExp]> = [
      ['a missing folder', () => ['build', '/no/such/folder'], /^graph-contracts build: \/no\/such\/folder: no such file or folder; expected a doc page \(\.md, \.txt\) or a folder of them \[PAGE_INPUT_NOT_FOUND\]$/],
      ['a --match that selects no page', () => { const folder = pages(); return ['build', folder, '--match', 'intune-.*-create']; }, /^graph-contracts build: --match "intune-\.\*-create" selects none of the 2 pages under \/.*: it is matched against each page's path as build names it, such as "beta\/v-create\.md" \[PAGE_INPUT_NOT_FOUND\]$/],
      ['a folder of contracts given as pages', () => ['build', contracts()], /^graph-contracts build: \/.* holds 1 contract \(\.json\) and no doc page \(\.md, \.txt\): give the folder of pages they were built from.*\[PAGE_INPUT_NOT_FOUND\]$/],
      ['a contract file given as a page', () => ['build', join(contracts(), 'w.json')], /^graph-contracts build: \/.*w\.json is a contract, not a doc page/],
      ['an empty folder', () => ['build', mkdtempSync(join(tmpdir(), 'gc-empty-'))], /^graph-contracts build: \/.* holds no doc page \(\.md, \.txt\): give a page or a folder of them \[PAGE_INPUT_NOT_FOUND\]$/],
      ['pages of which none is a create page', () => ['build', pagesFolder({ 'README.md': '# Notes\n', 'list.md': '# List widgets\n' })], /^graph-contracts build: none of the 2 pages under \/.* is a "Create X" page .*\[PAGE_INPUT_NOT_FOUND\]$/],
      ['--out a file', () => ['build', pages(), '--out', join(contracts(), 'w.json')], /^graph-contracts build: --out \/.*w\.json is a file: expected a folder of contracts \(\.json\), created when missing \[CONTRACTS_DIR_UNREADABLE\]$/],
      ['--out a folder of pages', () => { const folder = pages(); return ['build', folder, '--out', folder]; }, /^graph-contracts build: --out \/.* holds 2 doc pages \(\.md, \.txt\): write the contracts to a folder of their own \[CONTRACTS_DIR_UNREADABLE\]$/],
      ['--sarif a folder', () => ['build', pages(), '--out', mkdtempSync(join(tmpdir(), 'gc-')), '--sarif', tmpdir()], /^graph-contracts build: --sarif .* is a folder: expected the path of a file to write \[CLI_USAGE\]$/],
      ['check --contracts a missing folder', () => ['check', pages(), '--contracts', '/no/such/folder'], /^graph-contracts check: --contracts \/no\/such\/folder: no such folder; build the contracts first \(graph-contracts build <pages> --out \/no\/such\/folder\) or give the folder that holds them \[CONTRACTS_DIR_UNREADABLE\]$/],
      ['check --contracts a folder of pages', () => { const folder = pages(); return ['check', folder, '--contracts', folder]; }, /^graph-contracts check: --contracts \/.* holds 2 doc pages \(\.md, \.txt\) and no contract \(\.json\): build them first/],
      ['check --contracts an empty folder', () => ['check', pages(), '--contracts', mkdtempSync(join(tmpdir(), 'gc-empty-'))], /^graph-contracts check: --contracts \/.* holds no contract \(\.json\): build them first/],
      ['check --contracts a file', () => ['check', pages(), '--contracts', join(contracts(), 'w.json')], /^graph-contracts check: --contracts \/.*w\.json is a file: expected a folder of contracts \(\.json\) \[CONTRACTS_DIR_UNREADABLE\]$/],
      ['check with a --match that selects no page', () => ['check', pages(), '--contracts', contracts(), '--match', '^v1\\.0/'], /^graph-contracts check: --match "\^v1\\\.0\/" selects none of the 2 pages under /],
      ['diff of a folder of pages', () => ['diff', pages(), contracts()], /^graph-contracts diff: <old> \/.* holds 2 doc pages \(\.md, \.txt\) and no contract \(\.json\): build them first/],
      ['diff of a doc page', () => ['diff', contracts(), join(pages(), 'beta/w-create.md')], /^graph-contracts diff: <new> \/.*w-create\.md is a doc page, not a contract: build it first/],
      ['diff with a missing side', () => ['diff', contracts(), '/no/such/folder'], /^graph-contracts diff: <new> \/no\/such\/folder: no such file or folder; .*\[CONTRACTS_DIR_UNREADABLE\]$/],
      ['diff --out a folder', () => ['diff', contracts(), contracts(), '--out', tmpdir()], /^graph-contracts diff: --out .* is a folder/],
      ['sync --contracts a folder of pages', () => { const folder = pages(); return ['sync', folder, '--contracts', folder, '--no-gate']; }, /^graph-contracts sync: --contracts \/.* holds 2 doc pages/],
      ['sync --expectations a missing file', () => ['sync', pages(), '--contracts', contracts(), '--expectations', '/no/such/tenant.json', '--no-gate'], /^graph-contracts sync: --expectations \/no\/such\/tenant\.json: no such file; expected the tenant expectations file .*\[CLI_USAGE\]$/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const argv = args();
      const result = await run(argv);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trimEnd().split('\n'), 'one line').toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(result.stdout).toBe('');
    });
  });

  it('sweep takes no argument: a usage error, exit 2, before anything is read', async () => {
    const result = await run(['sweep', 'contracts/']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('graph-contracts sweep: "sweep" takes no arguments (got "contracts/"): it sweeps the tenant of .env, with the contracts of CONTRACTS_DIR');
    expect(result.stdout).toBe('');
  });

  it('prints help with --help', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('graph-contracts build <file|dir>...') });
  });

  it('prints the version of package.json with --version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run(['--version'])).toEqual(expect.objectContaining({ code: 0, stdout: `graph-contracts ${version}\n` }));
  });

  it('loads each command from the module its row names', () => {
    expect(COMMANDS.map((command) => command.name)).toEqual(Object.keys(COMMAND_MODULES));
  });

  it('refuses a command named like an Object property', async () => {
    expect(await run(['__proto__'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "__proto__"') });
  });

  it.each(COMMANDS.map((command) => command.name))('prints "%s --help": its usage and the help docs/cli.md shows', async (name) => {
    const command = COMMANDS.find((candidate) => candidate.name === name)!;
    const result = await run([name, '--help']);
    expect(result).toMatchObject({ code: 0, stdout: `${command.usage}\n\n${command.help}\n` });
    expect(readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')).toContain(`${command.usage}\n\n${command.help}\n`);
  });
});

describe('graph-contracts check', () => {
  it('passes when contracts match and names each drifted or missing one otherwise', async () => {
    const pages = pagesFolder({ 'w.md': PAGE, 'v.md': PAGE.replace('widget', 'gadget') });
    const contracts = mkdtempSync(join(tmpdir(), 'gc-'));
    await run(['build', pages, '--out', contracts]);
    expect(await run(['check', pages, '--contracts', contracts])).toMatchObject({ code: 0, stdout: '2 contracts match their pages\n' });
    expect(await run(['check', join(pages, 'w.md'), '--contracts', contracts])).toMatchObject({ code: 0, stdout: '1 contract matches its page\n' });

    writeFileSync(join(pages, 'w.md'), PAGE.replace('|name|String|Name.|', '|name|Int32|Name.|').replace('"A"', '1').replace('"A"', '1'));
    writeFileSync(join(pages, 'u.md'), PAGE.replace('widget', 'gizmo'));
    const drift = await run(['check', pages, '--contracts', contracts]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(`DIFFERS ${join(contracts, 'w.json')} (from w.md)`);
    expect(drift.stdout).toContain(`MISSING ${join(contracts, 'u.json')} (from u.md)`);
    // The drift is classified: the documented type change, on the table row of `name`.
    expect(drift.stdout).toMatch(/^ {2}breaking w\.md:\d+ > Properties > name: name: type String -> Int32 \[request-property-type-changed\]$/m);
  });

  it('says when a page changed but its contract did not', async () => {
    const pages = pagesFolder({ 'w.md': PAGE });
    const contracts = mkdtempSync(join(tmpdir(), 'gc-'));
    await run(['build', pages, '--out', contracts]);
    writeFileSync(join(pages, 'w.md'), PAGE.replace('|name|String|Name.|', '|name|String|The name, reworded.|'));
    const drift = await run(['check', pages, '--contracts', contracts]);
    expect(drift.stdout).toContain('  no contract change: only the page source, wording or example values differ');
  });
});

describe('graph-contracts diff', () => {
  it('classifies the changes between two folders, fails on breaking by default, and writes each format', async () => {
    const oldPages = pagesFolder({ 'w.md': PAGE });
    const newPages = pagesFolder({ 'w.md': PAGE.replace('|name|String|Name.|', '|name|String|Name.|\n|color|String|Color.|'), 'v.md': PAGE.replace('widget', 'gadget') });
    const before = mkdtempSync(join(tmpdir(), 'gc-'));
    const after = mkdtempSync(join(tmpdir(), 'gc-'));
    await run(['build', oldPages, '--out', before]);
    await run(['build', newPages, '--out', after]);
    const text = await run(['diff', before, after]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^info v\.md:\d+ > HTTP request: v: new contract: create gadget/m);
    expect(text.stdout).toMatch(/^info w\.md:\d+ > Properties > color: w: color added \[request-property-added\]$/m);
    expect(text.stdout).toContain('3 changes (0 breaking, 0 warning, 3 info) in 1 of 1 contract compared');
    const reverse = await run(['diff', after, before, '--format', 'json']);
    expect(reverse.code).toBe(1);
    const json = JSON.parse(reverse.stdout) as { changes: Array<{ rule: string; severity: string; contract: string; property?: string; where: { file: string; line?: number } }>; counts: { bySeverity: Record<string, number> } };
    expect(json.counts.bySeverity).toEqual({ breaking: 3, warning: 0, info: 0 });
    expect(json.changes.map((change) => change.rule).sort()).toEqual(['contract-removed', 'request-property-removed', 'response-property-removed']);
    expect(await run(['diff', after, before, '--fail-on', 'none'])).toMatchObject({ code: 0 });
    const sarif = JSON.parse((await run(['diff', after, before, '--format', 'sarif'])).stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region?: { startLine: number } } }> }> }> };
    expect(sarif.runs[0]!.results.every((result) => result.locations[0]!.physicalLocation.region!.startLine > 0)).toBe(true);
  });

  it('exits 2 naming an unreadable side, and on a usage error', async () => {
    const missing = join(tmpdir(), 'gc-no-such-folder');
    const result = await run(['diff', missing, missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CONTRACTS_DIR_UNREADABLE');
    expect((await run(['diff', missing])).code).toBe(2);
    expect((await run(['diff', missing, missing, '--format', 'yaml'])).code).toBe(2);
  });
});
