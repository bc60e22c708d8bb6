// The proof over real HTTP that a tenant run is one a team can act on: the real spec runs in
// a child vitest against fake-graph with Intune-like behaviours switched on per contract. We
// assert the class of every path, the exit code with and without the expectations baseline
// (written by `graph-contracts expectations`), a `fixed` path, the previous-report comparison,
// that one broken contract among refusals fails the run naming only its paths, and that
// nothing is left behind.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import type { ContractReport } from '../report/contract-report.ts';
import { startFakeGraph, type FakeGraph } from '../testing/fake-graph/fake-graph-server.ts';
import { intuneByName, type IntuneBehaviour } from '../testing/fake-graph/intune-behaviours.ts';
import { runSpecInChild, type ChildRun } from '../testing/fake-graph/run-spec-child.ts';
import { tenantEnvFor } from '../testing/fake-graph/tenant-env.ts';
import { loadContracts } from './load-contracts.ts';
import type { OutcomeClass } from './outcome-rules.ts';

const CONTRACTS = loadContracts('contracts').contracts.map((named) => named.contract);
// Child vitest runs take a few seconds each; this is a bound, not a measurement.
const BOUND_MS = 180_000;

// The seeds (5 contracts, 7 paths) as the live service might treat them.
const LIVE_LIKE: Record<string, IntuneBehaviour> = {
  managedAppLogCollectionRequest: 'refuse-placeholder',
  deviceLogCollectionResponse: 'no-route',
  managedDeviceMobileAppConfigurationUserStatus: 'not-licensed',
  userAppInstallStatus: 'unavailable',
  managedAppRegistration: 'server-values',
};

const classes = (report: ContractReport) => Object.fromEntries(report.rows.map((row) => [row.resource + ' ' + row.pathTemplate, row.outcome]));
const countOf = (report: ContractReport) => {
  const counts: Partial<Record<OutcomeClass, number>> = {};
  for (const row of report.rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
  return counts;
};

function reportOf(run: ChildRun): ContractReport {
  const json = run.reports['contract-report.json'];
  if (!json) throw new Error(`The child run wrote no contract report.\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(json) as ContractReport;
}

async function cli(args: string[]): Promise<number> {
  const sink = new Writable({ write(_chunk, _encoding, done) { done(); } });
  return main(args, { out: sink, err: sink });
}

describe('tenant runs against an Intune-like stand-in', { timeout: BOUND_MS }, () => {
  let fake: FakeGraph;
  let env: Record<string, string | undefined>;
  const folder = mkdtempSync(join(tmpdir(), 'gc-outcomes-'));
  const expectations = join(folder, 'tenant.json');
  let baselineRun: ChildRun;
  let expectedRun: ChildRun;

  beforeAll(async () => {
    fake = await startFakeGraph({ contracts: CONTRACTS, switches: { intune: intuneByName(LIVE_LIKE) } });
    // A delegated token holding both permissions, so every seed path is sent (none skipped).
    const token = fake.mintToken({ scp: 'DeviceManagementApps.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All' });
    env = tenantEnvFor(fake, { AZURE_CLIENT_SECRET: '', GRAPH_ACCESS_TOKEN: token, GRAPH_MAX_ATTEMPTS: '3' });
  });
  afterAll(async () => fake.close());

  it('puts every path in its class and exits 1 without expectations', async () => {
    baselineRun = await runSpecInChild(env);
    const report = reportOf(baselineRun);
    expect(baselineRun.exitCode, baselineRun.stdout + baselineRun.stderr).toBe(1);
    expect(countOf(report)).toEqual({ passed: 3, 'example-refused': 1, 'not-creatable': 1, 'not-permitted': 1, unavailable: 1 });
    const refused = report.rows.find((row) => row.outcome === 'example-refused')!;
    expect(refused).toMatchObject({ resource: 'managedAppLogCollectionRequest', code: 'ModelValidationFailure', field: expect.any(String), expectation: 'unexpected' });
    expect(report.rows.find((row) => row.outcome === 'not-creatable')).toMatchObject({ code: 'No method match route template' });
    // The console (a CI log) names each failing path by contract and path, with its failed checks and code; no bare check lines.
    const console = baselineRun.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    for (const row of report.rows.filter((r) => r.verdict === 'failed')) {
      expect(console).toContain(`× ${row.contract} ${row.pathTemplate}: ${Object.entries(row.checks).filter(([, cell]) => cell.outcome === 'failed').map(([check]) => check).join(', ')} failed [${row.code}]`);
    }
    expect(console).not.toMatch(/^\s*[×✓↓] (status|json|echo|id)\b/m);
    // The body field named like the path's parameter was sent with the resolved value, and the report says so.
    const rewrite = refused.rewrites?.find((r) => r.field === 'managedAppRegistrationId');
    expect(rewrite).toMatchObject({ documented: 'Managed App Registration Id value', why: 'path parameter' });
    expect(refused.field).not.toBe('managedAppRegistrationId');
    expect(baselineRun.reports['contract-report.md']).toContain(`\`managedAppRegistrationId\` \`"Managed App Registration Id value"\` → \`${JSON.stringify(rewrite!.sent)}\` (path parameter)`);
    expect(report.rows.filter((row) => row.outcome === 'passed').every((row) => row.expectation === 'met')).toBe(true);
    expect(report.expectations).toMatchObject({ unexpected: 4, fixed: 0, expectedFailures: 0 });
    expect(baselineRun.reports['contract-report.md']).toMatch(/^# Contract gate\n\n\*\*4 unexpected, 0 fixed, 0 expected failures\*\*/);
    expect(fake.store.entries()).toEqual([]);
  });

  it('exits 0 once `graph-contracts expectations` has written the baseline', async () => {
    const reportFile = join(baselineRun.reportsDir, 'contract-report.json');
    expect(await cli(['expectations', reportFile, '--out', expectations])).toBe(0);
    const written = JSON.parse(readFileSync(expectations, 'utf8')) as { expectations: Record<string, Record<string, { outcome: string }>> };
    expect(Object.values(written.expectations).flatMap((paths) => Object.values(paths)).map((e) => e.outcome).sort()).toEqual(['example-refused', 'not-creatable', 'not-permitted', 'unavailable']);
    expectedRun = await runSpecInChild({ ...env, GRAPH_EXPECTATIONS: expectations });
    expect(expectedRun.exitCode, expectedRun.stdout + expectedRun.stderr).toBe(0);
    const report = reportOf(expectedRun);
    expect(classes(report)).toEqual(classes(reportOf(baselineRun)));
    expect(report.rows.every((row) => row.expectation === 'met')).toBe(true);
    expect(report.expectations).toMatchObject({ unexpected: 0, fixed: 0, expectedFailures: 4 });
    expect(fake.store.entries()).toEqual([]);
  });

  it('reports a path the service now accepts as fixed (exit 1 only when strict), and what changed since the last run', async () => {
    fake.switches.intune = intuneByName({ ...LIVE_LIKE, managedDeviceMobileAppConfigurationUserStatus: 'server-values' });
    const previous = join(folder, 'previous.json');
    writeFileSync(previous, expectedRun.reports['contract-report.json']!);
    const run = await runSpecInChild({ ...env, GRAPH_EXPECTATIONS: expectations, GRAPH_PREVIOUS_REPORT: previous });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = reportOf(run);
    const fixed = report.rows.filter((row) => row.expectation === 'fixed');
    expect(fixed.map((row) => row.resource)).toEqual(['managedDeviceMobileAppConfigurationUserStatus']);
    expect(report.changes?.changed).toEqual([{ contract: fixed[0]!.contract, pathTemplate: fixed[0]!.pathTemplate, before: { outcome: 'not-permitted', code: 'Forbidden' }, after: { outcome: 'passed' } }]);
    const markdown = run.reports['contract-report.md']!;
    expect(markdown.indexOf('## Changes since the previous run')).toBeLessThan(markdown.indexOf('| contract | path |'));

    const strict = await runSpecInChild({ ...env, GRAPH_EXPECTATIONS: expectations, GRAPH_EXPECTATIONS_STRICT: 'true' });
    expect(strict.exitCode, strict.stdout + strict.stderr).toBe(1);
    expect(strict.stdout + strict.stderr).toContain('1 fixed');
    expect(fake.store.entries()).toEqual([]);
  });

  it('fails on one broken contract among the refusals, naming only its paths', async () => {
    fake.switches.intune = intuneByName({ ...LIVE_LIKE, managedAppRegistration: 'broken-echo' });
    const run = await runSpecInChild({ ...env, GRAPH_EXPECTATIONS: expectations });
    expect(run.exitCode).toBe(1);
    const report = reportOf(run);
    const unexpected = report.rows.filter((row) => row.expectation === 'unexpected');
    expect(new Set(unexpected.map((row) => row.resource))).toEqual(new Set(['managedAppRegistration']));
    expect(unexpected.map((row) => row.outcome)).toEqual(['contract-broken', 'contract-broken', 'contract-broken']);
    expect(unexpected.every((row) => row.code === 'ECHO_MISMATCH')).toBe(true);
    // The console names the broken contract's paths as failures, and no other contract.
    const broken = unexpected[0]!.contract;
    const failedLines = (run.stdout + run.stderr).split('\n').filter((line) => /FAIL|×/.test(line));
    expect(failedLines.filter((line) => line.includes(broken)).length).toBeGreaterThan(0);
    for (const other of report.rows.filter((row) => row.contract !== broken)) expect(failedLines.filter((line) => line.includes(other.contract))).toEqual([]);
    expect(fake.store.entries()).toEqual([]);
  });
});
