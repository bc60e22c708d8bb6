// Nothing left behind, even after SIGKILL: the real spec, in a child vitest, runs against the
// Graph stand-in over the beta app and book contracts of the corpus (a third of them with no
// marker field) and is killed with SIGKILL, its whole process group, mid-way through its
// creates. `npm run sweep` (as the docs say, same settings) must then leave the stand-in's
// store empty with one DELETE per entity, count exactly those as deleted, list each collection
// at most once, and remove the run's journal; a second sweep finds nothing to do.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildContracts, writeContracts } from '../../cli/build-contracts.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { pathTemplateToRegExp } from '../../foundation/path-template.ts';
import { PROJECT_ROOT, testChildEnvironment, VITEST_BIN } from '../../testing/child-vitest.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { nameNeeding, sharedData } from '../../testing/shared-data.ts';
import { markerField } from './marker.ts';

const CORPUS = sharedData(['corpus']);
/** Killed once the stand-in holds this many entities: about half the run's creates. */
const KILL_AT = 25;
// Child processes take a few seconds each on a busy machine; this is a bound, not a measurement.
const BOUND_MS = 180_000;

interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, detached = false) {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, detached });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // Async on purpose: the stand-in answering the child lives in this process's event loop.
  const exited = new Promise<Exited>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}

/** The store's size once it has stopped changing: requests the kill left in flight have landed. */
async function settled(fake: FakeGraph): Promise<number> {
  for (let last = -1; ; ) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (fake.store.size() === last) return last;
    last = fake.store.size();
  }
}

describe.skipIf(CORPUS.missing)(nameNeeding('a stand-in run killed with SIGKILL mid-way, then npm run sweep', CORPUS), () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-kill-sweep-'));
  let fake: FakeGraph | undefined;
  afterAll(async () => fake?.close());

  test('leaves 0 entities, with one DELETE per entity, and counts them right', async () => {
    const contractsDir = join(work, 'contracts');
    const summary = buildContracts([CORPUS.path], /^beta\/intune-(apps|books)-/);
    writeContracts(summary, contractsDir);
    const contracts = summary.outcomes.flatMap((outcome): Contract[] => (outcome.status === 'built' ? [outcome.contract] : []));
    const roles = [...new Set(contracts.flatMap((c) => c.permissions.application))];
    fake = await startFakeGraph({ contracts, roles, switches: { slowMs: 20 } });
    const env = testChildEnvironment({
      ...tenantEnvFor(fake, { GRAPH_METADATA: 'off', GRAPH_WRITE_BUDGET: '1000', GRAPH_WRITE_WINDOW_MS: '1000' }),
      CONTRACTS_DIR: contractsDir,
      REPORTS_DIR: join(work, 'reports'),
    });

    const run = start(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts'], env, true);
    await expect.poll(() => fake!.store.size(), { timeout: BOUND_MS / 2, interval: 10 }).toBeGreaterThanOrEqual(KILL_AT);
    process.kill(-run.child.pid!, 'SIGKILL');
    const killed = await run.exited;
    expect(killed.signal, killed.stdout + killed.stderr).toBe('SIGKILL');
    const left = await settled(fake);
    const created = contracts.reduce((n, c) => n + c.operation.paths.length, 0);
    expect(left, 'killed before its creates were done').toBeLessThan(created);
    expect(fake.log.filter((line) => line.startsWith('DELETE')), 'killed before its cleanup').toEqual([]);
    // The case the marker alone cannot reach: entities of contracts with no marker field.
    const contractOf = (path: string) => contracts.find((c) => c.operation.paths.some((template) => pathTemplateToRegExp(template).test(path)));
    expect(fake.store.entries().filter((e) => !markerField(contractOf(e.collectionPath)!)).length).toBeGreaterThan(0);
    expect(readdirSync(fake.journalDir)).toHaveLength(1);

    const logBefore = fake.log.length;
    const sweep = await start('npm', ['run', '--silent', 'sweep'], env).exited;
    expect(sweep.code, sweep.stdout + sweep.stderr).toBe(0);
    const sweepLog = fake.log.slice(logBefore);
    expect(fake.store.entries(), sweep.stdout).toEqual([]);
    expect(sweepLog.filter((line) => line.startsWith('DELETE')), 'one DELETE per entity').toHaveLength(left);
    // Creates in flight at the kill have no answer in the journal: found by marker or by the fields they sent.
    const counts = /deleted (\d+) \((\d+) listed in run journals, (\d+) found by the marker "gc-test-", (\d+) found by the fields an unanswered create sent\); 0 already gone; 0 could not be deleted; 0 could not be reached\./.exec(sweep.stdout);
    expect(counts, sweep.stdout).not.toBeNull();
    const [deleted, journal, marker, fields] = counts!.slice(1).map(Number) as [number, number, number, number];
    expect([deleted, journal + marker + fields]).toEqual([left, left]);
    expect(journal).toBeGreaterThanOrEqual(left - 8);
    const listings = sweepLog.filter((line) => line.startsWith('GET') && !line.includes('$top=1'));
    expect(listings.length).toBeGreaterThan(0);
    expect(new Set(listings).size, 'each collection listed once').toBe(listings.length);
    expect(readdirSync(fake.journalDir)).toEqual([]);

    const again = await start('npm', ['run', '--silent', 'sweep'], env).exited;
    expect([again.code, again.stdout.split('\n')[0]]).toEqual([0, expect.stringContaining('deleted 0 (0 listed in run journals')]);
  }, BOUND_MS);
});
