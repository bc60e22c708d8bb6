// `graph-contracts` runs compiled JavaScript (dist/, `npm run build`, run by `npm ci`): these
// tests fail when what runs is stale against the sources, when the bin would run a stale build,
// and when the compiled CLI prints anything the sources would not.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, ROOT, staleSources } from '../../bin/cli-build.js';
import { contractFixture } from '../testing/contract-fixture.ts';
import { runCli } from '../testing/run-cli.ts';
import { PRECOMPILED, validateContractFile } from '../contract/contract-file-schema.ts';

const bin = (root: string, args: string[]) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/graph-contracts.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('the compiled CLI', () => {
  test('dist/ is built from the sources as they are (run "npm run build" if this fails)', () => {
    expect(staleSources({ hash: true })).toEqual([]);
  });

  test('prints what the sources print, command by command', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gc-compiled-'));
    const [before, after] = [join(work, 'old'), join(work, 'new')];
    const fixture = contractFixture();
    const files = {
      [before]: { 'kept.json': fixture, 'changed.json': fixture, 'gone.json': fixture },
      [after]: { 'kept.json': fixture, 'changed.json': contractFixture({ apiVersion: 'v1.0', permissions: { ...fixture.permissions, application: [] } }), 'new.json': fixture },
    };
    for (const [folder, contracts] of Object.entries(files)) {
      mkdirSync(folder);
      for (const [name, contract] of Object.entries(contracts)) writeFileSync(join(folder, name), JSON.stringify(contract));
    }
    for (const args of [['--version'], ['--help'], ['nope'], ['build', '--help'], ['diff', '--help'], ['sync', '--help'], ['diff', before, after, '--format', 'json'], ['diff', before, after, '--format', 'markdown'], ['diff', before, join(work, 'missing')]]) {
      const compiled = bin(ROOT, args);
      const sources = await runCli(args);
      expect({ args, ...compiled }).toEqual({ args, ...sources });
    }
  }, 120_000);

  test('runs dist/ while it is current, and the sources once one of them changed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gc-stale-'));
    for (const entry of ['bin', 'helpers', 'dist', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, preserveTimestamps: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const mark = (file: string, from: string, to: string) => writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace(from, to));
    mark('dist/cli/main.js', 'graph-contracts: Microsoft Graph doc pages', 'compiled: Microsoft Graph doc pages');
    expect(bin(copy, ['--help'])).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^compiled: /) });

    // Touched but unchanged (a checkout): still current.
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(copy, 'helpers/cli/main.ts'), future, future);
    expect(bin(copy, ['--help'])).toMatchObject({ stderr: '', stdout: expect.stringMatching(/^compiled: /) });

    mark('helpers/cli/main.ts', 'graph-contracts: Microsoft Graph doc pages', 'edited: Microsoft Graph doc pages');
    utimesSync(join(copy, 'helpers/cli/main.ts'), future, future);
    const stale = bin(copy, ['--help']);
    expect(stale).toMatchObject({ code: 0, stdout: expect.stringMatching(/^edited: /) });
    expect(stale.stderr).toBe('graph-contracts: running the TypeScript sources, not dist/ (helpers/cli/main.ts changed); "npm run build" compiles them for a faster start\n');
  }, 60_000);

  test('the contract-file validator compiled ahead gives the verdicts of the one compiled at run time', () => {
    const precompiled = createRequire(join(DIST, 'contract/x.js'))(`./${PRECOMPILED}`) as ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string }> | null };
    const broken = { ...contractFixture(), apiVersion: 'v2', operation: { method: 'POST', paths: ['no-slash'] } };
    for (const data of [contractFixture(), broken, { contractFormat: 2 }, 'text']) {
      const atRunTime = validateContractFile(data);
      expect(precompiled(data)).toBe(atRunTime.ok);
      if (!atRunTime.ok) expect((precompiled.errors ?? []).length).toBe(atRunTime.problems.length);
    }
  });
});
