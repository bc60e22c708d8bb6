// An interrupted run still deletes what it created: a child process creates an entity on
// the fake Graph, is sent SIGINT or SIGTERM, and the fake's store must be empty afterwards.
// (SIGKILL cannot be caught: sweep-after-kill.test.ts proves the journal and the sweep.)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';

let fake: FakeGraph;
afterEach(async () => fake.close());

describe('cleanup on interrupt', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('deletes created entities when the run gets %s', async (signal) => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    const child = spawn(process.execPath, ['--import', 'tsx', 'helpers/testing/fake-graph/interrupted-run.ts'], {
      env: { ...inherited, ...tenantEnvFor(fake) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    const created = await new Promise<unknown>((resolve) => {
      child.on('message', resolve);
      void exited.then(() => resolve(undefined));
    });
    expect(created, stderr).toEqual({ created: 201 });
    expect(fake.store.size()).toBe(1);

    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(fake.store.entries()).toEqual([]);
    expect(fake.log.filter((line) => line.startsWith('DELETE'))).toHaveLength(1);
    // Its cleanup deleted everything: the journal went with it, so no sweep redoes it.
    expect(readdirSync(fake.journalDir)).toEqual([]);
  });
});
