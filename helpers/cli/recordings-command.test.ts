// `graph-contracts recordings <before> <after>`: the "service behaviour changed" pull-request
// body, per contract, breaking first, within GitHub's limit at any number of changes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../foundation/contract-types.ts';
import type { NockDefinition } from '../targets/record/nock-definition.ts';
import type { RecordedPath } from '../targets/record/recording-types.ts';
import { writeRecordings } from '../targets/record/write-recordings.ts';
import { runCli } from '../testing/run-cli.ts';

const create = (path: string, status: number, response: JsonValue): NockDefinition => ({ scope: 'https://graph.microsoft.com:443', method: 'POST', path, body: {}, status, response, rawHeaders: { 'content-type': 'application/json' }, responseIsBinary: false });

function folder(paths: Array<[string, string, number, JsonValue]>, day: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gc-recordings-cmd-')), 'recordings');
  const recorded: RecordedPath[] = paths.map(([name, path, status, response]) => ({ name, pathTemplate: path, recordedPath: path, definitions: [create(path, status, response)] }));
  const contracts = [...new Set(paths.map(([name]) => name))].map((name) => ({ name, recordedPaths: paths.filter(([n]) => n === name).map(([, path]) => path) }));
  writeRecordings(dir, [{ cloud: 'global', paths: recorded, contracts }], { runId: day, date: new Date(`${day}T04:00:00Z`), suiteVersion: '0.1.0' }, () => []);
  return dir;
}

describe('graph-contracts recordings', () => {
  test('names each change per contract and path, breaking first; the manifest alone is no change', async () => {
    const before = folder([
      ['beta/apps-create', '/beta/apps', 201, { id: 'x', displayName: 'a', size: 1, gone: true }],
      ['beta/refused-create', '/beta/refused', 400, { error: { code: 'BadRequest', message: 'no' } }],
      ['beta/works-create', '/beta/works', 201, { id: 'y' }],
    ], '2026-12-04');
    const after = folder([
      ['beta/apps-create', '/beta/apps', 201, { id: 'x', displayName: 'b', size: '1', added: 'new' }],
      ['beta/refused-create', '/beta/refused', 400, { error: { code: 'ModelValidationFailure', message: 'no' } }],
      ['beta/works-create', '/beta/works', 403, { error: { code: 'Forbidden', message: 'licence' } }],
      ['beta/new-create', '/beta/new', 201, { id: 'z' }],
    ], '2026-12-05');
    const outputs = join(mkdtempSync(join(tmpdir(), 'gc-out-')), 'github-output');
    const run = await runCli(['recordings', before, after, '--github-output', outputs]);
    expect(run.code, run.stderr).toBe(0);
    const text = run.stdout;
    expect(text).toContain('What the service answered on 2026-12-05 differs from the committed recordings: 7 changes (3 breaking, 2 changed, 2 info) in 4 contracts.');
    expect(text.indexOf('## Breaking (3)')).toBeLessThan(text.indexOf('## Changed (2)'));
    expect(text.indexOf('## Changed (2)')).toBeLessThan(text.indexOf('## Info (2)'));
    expect(text).toContain('## Breaking (3)\n\n### `beta/apps-create`\n\n- `/beta/apps`: gone is no longer returned by the create (was true)\n- `/beta/apps`: size in the create is a string now, was a number: 1 -\\> "1"\n\n### `beta/works-create`\n\n- `/beta/works`: the create answered 201, now 403 Forbidden\n');
    expect(text).toContain('- `/beta/apps`: displayName in the create: "a" -\\> "b"');
    expect(text).toContain('- `/beta/refused`: the create is refused with ModelValidationFailure instead of BadRequest (HTTP 400)');
    expect(text).toContain('- `/beta/apps`: added is returned by the create now: "new"');
    expect(run.stdout).toContain('## Changed (2)');
    expect(run.stdout).toContain('## Info (2)');
    expect(run.stdout).toContain('- `/beta/new`: newly recorded: the create answered 201');
    expect(readFileSync(outputs, 'utf8')).toBe('changed=true\nbreaking=true\nsummary=7 changes (3 breaking, 2 changed, 2 info) in 4 contracts\n');

    const same = await runCli(['recordings', after, folder([
      ['beta/apps-create', '/beta/apps', 201, { id: 'x', displayName: 'b', size: '1', added: 'new' }],
      ['beta/refused-create', '/beta/refused', 400, { error: { code: 'ModelValidationFailure', message: 'no' } }],
      ['beta/works-create', '/beta/works', 403, { error: { code: 'Forbidden', message: 'licence' } }],
      ['beta/new-create', '/beta/new', 201, { id: 'z' }],
    ], '2026-12-06')]);
    expect(same.stdout).toContain('nothing changed but the manifest');
  });

  test('any number of changes fits GitHub\'s limit, breaking first, the rest counted', async () => {
    const properties = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`property${i}`, i]));
    const contracts = Array.from({ length: 40 }, (_, i): [string, string, number, JsonValue] => [`beta/c${i}-create`, `/beta/c${i}`, 201, { id: `${i}`, ...properties }]);
    const before = folder(contracts, '2026-12-04');
    const after = folder(contracts.map(([name, path]) => [name, path, 201, { id: 'x', ...Object.fromEntries(Object.keys(properties).map((key) => [`${key}Renamed`, 1])) }]), '2026-12-05');
    const out = join(mkdtempSync(join(tmpdir(), 'gc-out-')), 'body.md');
    const run = await runCli(['recordings', before, after, '--out', out]);
    const body = readFileSync(out, 'utf8');
    expect(run.stdout).toBe('32040 changes (16000 breaking, 40 changed, 16000 info) in 40 contracts\n');
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toContain('## Breaking (16000)');
    expect(body).not.toContain('## Info');
    expect(body).toMatch(/\n_\d+ more changes not listed here, to stay within GitHub's limit: run `graph-contracts recordings <before> <after>` on the two folders for all of them\._\n$/);
  });
});
