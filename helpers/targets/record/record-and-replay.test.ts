// The whole loop over real HTTP, as CI runs it: the contract spec in a child vitest records a
// tenant run against the fake Graph (Intune-like behaviours on some contracts) with
// GRAPH_RECORD; recording the unchanged service again changes only the manifest; the replay of
// those recordings, with the baseline written from the recording run, ends every path in the
// same class with the same code and exits 0 with the fake gone; and a service that echoes the
// bearer token records no secret, token, tenant id or client id.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractFileName, contractJson } from '../../contract/contract-json.ts';
import type { ContractReport } from '../../report/contract-report.ts';
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from '../../testing/fake-graph/fake-graph-server.ts';
import { intuneByName } from '../../testing/fake-graph/intune-behaviours.ts';
import { runSpecInChild, type ChildRun } from '../../testing/fake-graph/run-spec-child.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { runCli } from '../../testing/run-cli.ts';

// A child vitest run takes a few seconds; this is a bound, not a measurement.
const CHILD_RUNS_BOUND_MS = 240_000;

const started: FakeGraph[] = [];
afterEach(async () => Promise.all(started.splice(0).map((fake) => fake.close().catch(() => undefined))));

async function fakeWith(options: Partial<FakeGraphOptions> = {}): Promise<FakeGraph> {
  const fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, roles: ['DeviceManagementApps.ReadWrite.All', 'DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementManagedDevices.ReadWrite.All'], ...options });
  started.push(fake);
  return fake;
}

/** The sample contracts as a contracts folder of their own (never the user's contracts/). */
function contractsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-contracts-sample-'));
  for (const contract of SAMPLE_CONTRACTS) {
    const file = join(dir, contractFileName(contract.source.file));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contractJson(contract));
  }
  return dir;
}

function reportOf(run: ChildRun): ContractReport {
  const json = run.reports['contract-report.json'];
  if (!json) throw new Error(`The child run wrote no contract report.\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(json) as ContractReport;
}

/** Every file of a recordings folder, by relative path. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const classes = (report: ContractReport) => report.rows.map((row) => [row.contract, row.pathTemplate, row.outcome, row.code ?? '']);

describe('record a tenant run, replay it', { timeout: CHILD_RUNS_BOUND_MS }, () => {
  it('records stably, and the replay with the run\'s baseline judges every path alike, exit 0, with no network', async () => {
    const contracts = contractsFolder();
    const recordings = join(mkdtempSync(join(tmpdir(), 'graph-contracts-recordings-')), 'recordings');
    const intune = intuneByName({ managedDeviceMobileAppConfigurationUserStatus: 'server-values', deviceLogCollectionResponse: 'refuse-placeholder' });
    const fake = await fakeWith({ switches: { intune } });
    const env = { ...tenantEnvFor(fake), CONTRACTS_DIR: contracts, GRAPH_RECORD: recordings, GRAPH_METADATA: 'off' };

    const first = await runSpecInChild(env);
    const recorded = reportOf(first);
    expect(classes(recorded).map((row) => row[2])).toEqual(['example-refused', 'passed', 'skipped', 'skipped', 'skipped', 'passed']);
    expect(first.stdout).toContain(`Recorded into ${recordings}: 3 paths answered, 3 skipped; 3 files changed`);
    const once = filesOf(recordings);
    expect(Object.keys(once)).toEqual(['beta/intune-sample-devicelogcollectionresponse-create.json', 'beta/intune-sample-managedapplogcollectionrequest-create.json', 'beta/intune-sample-manageddevicemobileappconfigurationuserstatus-create.json', 'manifest.json']);

    const second = await runSpecInChild(env);
    expect(second.stdout).toContain('0 files changed, 3 unchanged');
    const twice = filesOf(recordings);
    for (const file of Object.keys(once).filter((f) => f !== 'manifest.json')) expect(twice[file], file).toBe(once[file]);
    const manifests = [once, twice].map((files) => JSON.parse(files['manifest.json']!) as Record<string, unknown>);
    expect(manifests[1]).toEqual({ ...manifests[0], runId: manifests[1]!.runId, date: manifests[1]!.date });
    expect(manifests[1]!.runId).not.toBe(manifests[0]!.runId);

    const baseline = join(mkdtempSync(join(tmpdir(), 'graph-contracts-baseline-')), 'tenant.json');
    const written = await runCli(['expectations', join(first.reportsDir, 'contract-report.json'), '--out', baseline]);
    expect(written.code, written.stderr).toBe(0);
    await fake.close();
    started.splice(0);

    const replayed = await runSpecInChild({ GRAPH_TARGET: 'replay', RECORDINGS_DIR: recordings, CONTRACTS_DIR: contracts, GRAPH_EXPECTATIONS: baseline });
    expect(replayed.exitCode, replayed.stdout + replayed.stderr).toBe(0);
    const report = reportOf(replayed);
    expect(classes(report)).toEqual(classes(recorded));
    expect(report.replay).toMatchObject({ recorded: 3, generated: 0, skippedWhenRecorded: 3, problems: [], dates: [(manifests[1]!.date as string).slice(0, 10)] });
    expect(replayed.stdout).toContain(`Judged against the service's answers of ${(manifests[1]!.date as string).slice(0, 10)} (${recordings}): 3 of 6 paths; 3 skipped as when recorded.`);
    expect(replayed.reports['junit.xml']).toContain('<property name="judgedAgainst" value="recorded"/>');
  });

  it('canaries: a service that echoes the bearer token records no secret, token, tenant id or client id', async () => {
    const contracts = contractsFolder();
    const recordings = join(mkdtempSync(join(tmpdir(), 'graph-contracts-recordings-')), 'recordings');
    const fake = await fakeWith({ switches: { echoAuthorization: true } });
    const run = await runSpecInChild({ ...tenantEnvFor(fake), CONTRACTS_DIR: contracts, GRAPH_RECORD: recordings, GRAPH_METADATA: 'off' });
    expect(reportOf(run).rows.filter((row) => row.status === 400)).toHaveLength(3);
    const text = Object.values(filesOf(recordings)).join('\n');
    expect(text).toContain('Cannot use the header');
    expect(text).toContain('Bearer [REDACTED]');
    const canaries = { secret: fake.app.clientSecret, tenant: fake.app.tenantId, client: fake.app.clientId, ...Object.fromEntries(fake.issuedTokens().map((token, i) => [`token ${i}`, token])) };
    expect(fake.issuedTokens().length).toBeGreaterThan(0);
    for (const [what, value] of Object.entries(canaries)) expect(text.toLowerCase().includes(value.toLowerCase()), `${what} appears in a recording`).toBe(false);
  });
});
