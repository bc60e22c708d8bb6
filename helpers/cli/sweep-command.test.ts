// `graph-contracts sweep` as a user runs it, in a child process against the fake Graph: without
// contracts (CONTRACTS_DIR missing) it still deletes what the journals list, says the search by
// marker could not run and why, and exits 1, since something may be left where it could not look.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../config/run-config.ts';
import { createRunContext } from '../config/run-context.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { createTenantTarget } from '../targets/tenant/create-tenant-target.ts';
import { PROJECT_ROOT, testChildEnvironment } from '../testing/child-vitest.ts';
import { startFakeGraph, type FakeGraph } from '../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../testing/fake-graph/tenant-env.ts';

let fake: FakeGraph | undefined;
afterEach(async () => fake?.close());

function sweepInChild(env: Record<string, string | undefined> & { CONTRACTS_DIR: string }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Its own working folder: no .env of the user's is read.
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/graph-contracts.js'), 'sweep'], { cwd: mkdtempSync(join(tmpdir(), 'gc-sweep-cwd-')), env: testChildEnvironment(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('graph-contracts sweep without contracts', () => {
  it('deletes what the journals list, names the marker search it could not make, and exits 1', async () => {
    const contracts = SAMPLE_CONTRACTS as Contract[];
    fake = await startFakeGraph({ contracts, roles: [...new Set(contracts.flatMap((c) => c.permissions.application))] });
    // A run that created on one path and died before its cleanup: its journal lists the entity.
    const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake))));
    const contract = contracts[0]!;
    const prepared = await target.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error(prepared.reason);
    await target.send(prepared.request);
    expect(fake.store.size()).toBe(1);
    // ...and died: its journal names a process that is gone (a sweep leaves a live run's journal alone).
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    for (const file of readdirSync(fake.journalDir)) {
      const path = join(fake.journalDir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"pid":\d+/, `"pid":${dead.pid}`));
    }

    const missing = join(tmpdir(), 'gc-no-such-contracts');
    const result = await sweepInChild({ ...tenantEnvFor(fake), CONTRACTS_DIR: missing });
    expect(fake.store.size(), result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/deleted 1 \(1 listed in run journals, 0 found by the marker/);
    expect(result.stdout).toContain(`not reached: the search by marker: CONTRACTS_DIR=${missing}: cannot read contracts from ${missing}: no such folder`);
    expect(result.stdout).toContain('only the run journals were swept');
    expect(result.code).toBe(1);
    await target.close();
  });
});
