// The read check over real HTTP: the real spec runs in a child vitest in tenant mode against the
// fake Graph, whose GET of a created entity is switched to behave as services do: faithful,
// write-only secrets, eventually consistent, or broken on chosen contracts. We assert the class
// and code of every path, the baseline `graph-contracts expectations` writes for write-only
// properties, the delay in the report, and that nothing is left behind.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import type { Contract, JsonObject } from '../foundation/contract-types.ts';
import type { ContractReport } from '../report/contract-report.ts';
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from '../testing/fake-graph/fake-graph-server.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import type { ReadBreak } from '../testing/fake-graph/read-behaviours.ts';
import { runSpecInChild, type ChildRun } from '../testing/fake-graph/run-spec-child.ts';
import { SEED_WRITE_SCOPE, tenantEnvFor } from '../testing/fake-graph/tenant-env.ts';
import type { ExpectationsFile } from './expectations-file.ts';
import { loadContracts } from './load-contracts.ts';

// Child vitest runs take a few seconds each; this is a bound, not a measurement.
const BOUND_MS = 240_000;
const SECRET = 'not-a-real-secret-0123456789';

/** The seeds, and beside them a contract of our own whose create sends two secret-like properties. */
function contractsFolder(): { dir: string; contracts: Contract[] } {
  const dir = mkdtempSync(join(tmpdir(), 'gc-read-contracts-'));
  cpSync(SEED_CONTRACTS_DIR, dir, { recursive: true });
  const seed = JSON.parse(readFileSync(join(dir, '003_94be7b3d74f27413.json'), 'utf8')) as Contract;
  const path = '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/vpnSecrets';
  const secrets: JsonObject = { sharedSecret: SECRET, certificatePassword: `${SECRET}-2` };
  const text = (name: string) => ({ name, type: 'String', collection: false, readOnly: false });
  const schemaOf = (schema: JsonObject) => ({ ...schema, properties: { ...(schema.properties as JsonObject), sharedSecret: { type: ['string', 'null'] }, certificatePassword: { type: ['string', 'null'] } } });
  const secret: Contract = {
    ...seed,
    source: { ...seed.source, file: 'beta/api/intune-test-vpnsecret-create.md' },
    resource: 'vpnSecret',
    operation: { ...seed.operation, paths: [path] },
    properties: [...seed.properties, text('sharedSecret'), text('certificatePassword')],
    request: { example: { ...seed.request.example, path, body: { ...seed.request.example.body, ...secrets } }, schema: schemaOf(seed.request.schema) },
    response: { ...seed.response, schema: schemaOf(seed.response.schema) },
    echo: { ...seed.echo, equal: [...seed.echo.equal, 'sharedSecret', 'certificatePassword'] },
  };
  delete secret.source.lines;
  writeFileSync(join(dir, '900_vpnsecret.json'), JSON.stringify(secret, null, 2));
  return { dir, contracts: loadContracts(dir).contracts.map((named) => named.contract) };
}

const { dir: CONTRACTS_DIR, contracts: CONTRACTS } = contractsFolder();
const started: FakeGraph[] = [];
afterEach(async () => Promise.all(started.splice(0).map((fake) => fake.close())));

async function fakeWith(switches: FakeGraphOptions['switches'] = {}): Promise<FakeGraph> {
  const fake = await startFakeGraph({ contracts: CONTRACTS, switches });
  started.push(fake);
  return fake;
}

/** A delegated token holding both roles, so every seed path is sent (as the first tenant proof does). */
async function runAgainst(fake: FakeGraph, extra: Record<string, string> = {}): Promise<{ run: ChildRun; report: ContractReport }> {
  const token = fake.mintToken({ scp: 'DeviceManagementApps.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All' });
  const run = await runSpecInChild(tenantEnvFor(fake, { AZURE_CLIENT_SECRET: '', GRAPH_ACCESS_TOKEN: token, CONTRACTS_DIR, GRAPH_METADATA: 'off', GRAPH_WRITE_SCOPE: SEED_WRITE_SCOPE, ...extra }));
  const json = run.reports['contract-report.json'];
  if (!json) throw new Error(`The child run wrote no contract report.\n${run.stdout}\n${run.stderr}`);
  // Nothing a run created is left behind, whatever the read found.
  expect(fake.store.entries()).toEqual([]);
  return { run, report: JSON.parse(json) as ContractReport };
}

const byResource = (report: ContractReport) => Object.fromEntries(report.rows.map((row) => [`${row.resource} ${row.pathTemplate}`, [row.outcome, row.code]]));
const readGets = (fake: FakeGraph) => fake.log.filter((line) => /^GET \/(beta|v1\.0)\/.+\/[0-9a-f-]{36}$/.test(line));

async function cli(args: string[]): Promise<number> {
  const sink = new Writable({ write(_chunk, _encoding, done) { done(); } });
  return main(args, { out: sink, err: sink });
}

describe('the read check against a Graph-like stand-in', { timeout: BOUND_MS }, () => {
  it('a faithful service: every created path passes read, each entity read once, at once', async () => {
    const fake = await fakeWith();
    const { run, report } = await runAgainst(fake);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(report.totals).toEqual({ paths: 8, passed: 8, failed: 0, skipped: 0, error: 0 });
    expect(report.checkTotals.read).toEqual({ passed: 8, failed: 0, skipped: 0, error: 0 });
    expect(report.rows.every((row) => row.read?.status === 200 && row.read.appearedAfterMs === 0)).toBe(true);
    expect(readGets(fake)).toHaveLength(8);
    expect(report.reads).toMatchObject({ appeared: 8, appearedLater: 0, notFound: 0, worstMs: 0 });
  });

  it('a service that nulls secrets on read: READ_WRITE_ONLY naming them on that path alone; a written baseline keeps the run green; a new one fails it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gc-read-baseline-'));
    const fake = await fakeWith({ readNullsSecrets: true });
    const first = await runAgainst(fake);
    expect(first.run.exitCode).toBe(1);
    const broken = first.report.rows.filter((row) => row.outcome !== 'passed');
    expect(broken.map((row) => [row.resource, row.outcome, row.code, row.fields])).toEqual([['vpnSecret', 'contract-broken', 'READ_WRITE_ONLY', ['certificatePassword', 'sharedSecret']]]);
    expect(broken[0]!.checks.read!.failures.map((f) => [f.code, f.field])).toEqual([['READ_WRITE_ONLY', 'sharedSecret'], ['READ_WRITE_ONLY', 'certificatePassword']]);
    expect(first.run.reports['contract-report.md']).toContain('properties `certificatePassword`, `sharedSecret`');
    // The secrets sent are named, never shown: not in the console, not in any report.
    for (const output of [first.run.stdout, first.run.stderr, ...Object.values(first.run.reports)]) expect(output).not.toContain(SECRET);

    const reportFile = join(folder, 'contract-report.json');
    const baseline = join(folder, 'tenant.json');
    writeFileSync(reportFile, first.run.reports['contract-report.json']!);
    expect(await cli(['expectations', reportFile, '--out', baseline])).toBe(0);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as ExpectationsFile;
    expect(Object.values(written.expectations).flatMap((paths) => Object.values(paths))).toEqual([
      { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['certificatePassword', 'sharedSecret'], reason: 'READ_WRITE_ONLY for certificatePassword, sharedSecret' },
    ]);

    const green = await runAgainst(fake, { GRAPH_EXPECTATIONS: baseline });
    expect(green.run.exitCode, green.run.stdout + green.run.stderr).toBe(0);
    expect(green.report.expectations).toMatchObject({ unexpected: 0, expectedFailures: 1 });

    // A baseline that knows only one of them: the other is news.
    const [contract, paths] = Object.entries(written.expectations)[0]!;
    const [path] = Object.keys(paths);
    const older = join(folder, 'older.json');
    writeFileSync(older, JSON.stringify({ format: 1, expectations: { [contract]: { [path!]: { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['sharedSecret'] } } } }));
    const news = await runAgainst(fake, { GRAPH_EXPECTATIONS: older });
    expect(news.run.exitCode).toBe(1);
    expect(news.report.rows.filter((row) => row.expectation === 'unexpected').map((row) => [row.resource, row.fields])).toEqual([['vpnSecret', ['certificatePassword', 'sharedSecret']]]);
  });

  it('a service whose GET answers 404 for the first 3 s: every path passes, the delay in each row and in the summary', async () => {
    const fake = await fakeWith({ readNotFoundForMs: 3_000 });
    const { run, report } = await runAgainst(fake);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(report.totals.passed).toBe(8);
    for (const row of report.rows) {
      // Read again at 100, 200, 400, 800, 1,000 ms steps: found within a second of the 3 s.
      expect(row.read!.appearedAfterMs, row.contract).toBeGreaterThanOrEqual(2_000);
      expect(row.read!.appearedAfterMs, row.contract).toBeLessThan(5_000);
      expect(row.retries.some((retry) => retry.status === 404 && retry.reason.startsWith('read: not found yet'))).toBe(true);
    }
    expect(report.reads).toMatchObject({ appeared: 8, appearedLater: 8, notFound: 0 });
    expect(report.reads!.medianMs).toBeGreaterThanOrEqual(2_000);
    expect(run.reports['contract-report.md']).toMatch(/8 created entities read back, 8 only after a 404 \(median [\d,]+ ms, worst [\d,]+ ms: /);
    expect(run.stdout).toMatch(/8 created entities read back, 8 only after a 404/);
  });

  it('a service whose GET drops a field, changes a string or turns a number into a string: contract-broken with the right code on exactly those paths', async () => {
    const breaks: Record<string, ReadBreak> = { managedAppLogCollectionRequest: 'drop-field', managedAppRegistration: 'change-string', userAppInstallStatus: 'number-as-string' };
    const fake = await fakeWith({ readBreaks: (contract) => breaks[contract.resource] });
    const { run, report } = await runAgainst(fake);
    expect(run.exitCode).toBe(1);
    const want: Record<string, ReadBreak | undefined> = Object.fromEntries(report.rows.map((row) => [`${row.resource} ${row.pathTemplate}`, breaks[row.resource]]));
    const code = { 'drop-field': 'READ_MISSING', 'change-string': 'READ_MISMATCH', 'number-as-string': 'READ_TYPE_MISMATCH' } as const;
    expect(byResource(report)).toEqual(Object.fromEntries(Object.entries(want).map(([key, broken]) => [key, broken ? ['contract-broken', code[broken]] : ['passed', undefined]])));
    // Only the read check noticed: the creates answered as documented.
    for (const row of report.rows) expect(Object.entries(row.checks).filter(([, cell]) => cell.outcome !== 'passed').map(([check]) => check)).toEqual(breaks[row.resource] ? ['read'] : []);
  });

  it('GRAPH_READ=false: the read is skipped with the reason, nothing is read, the paths pass', async () => {
    const fake = await fakeWith({ readNullsSecrets: true });
    const { run, report } = await runAgainst(fake, { GRAPH_READ: 'false' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(report.totals).toMatchObject({ paths: 8, passed: 8 });
    expect(report.checkTotals.read).toEqual({ passed: 0, failed: 0, skipped: 8, error: 0 });
    expect(readGets(fake)).toEqual([]);
    expect(run.reports['junit.xml']).toContain('<skipped message="GRAPH_READ=false: created entities are not read back in this run."/>');
  });
});
