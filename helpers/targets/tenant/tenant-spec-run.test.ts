// The proof over real HTTP: the real contract spec runs in a child vitest process in tenant
// mode against the fake Graph server, on the seed fixtures (never the user's contracts/). We then read what it
// printed and wrote: checks passed, retries reported, store empty, no secret anywhere.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractReport } from '../../report/contract-report.ts';
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from '../../testing/fake-graph/fake-graph-server.ts';
import { runSpecInChild, type ChildRun } from '../../testing/fake-graph/run-spec-child.ts';
import { sampleCsdl } from '../../testing/fake-graph/sample-metadata.ts';
import { SEED_WRITE_SCOPE, tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { seedContracts } from '../../testing/seed-contracts.ts';
import { nameNeeding, sharedData } from '../../testing/shared-data.ts';
import { runCli } from '../../testing/run-cli.ts';

const MODELS = { beta: sharedData(['metadata', 'beta-2021-07-13.xml']), v1: sharedData(['metadata', 'v1.0-2021-07-13.xml']) };
const JULY_2021 = { beta: MODELS.beta.path, v1: MODELS.v1.path };

const CONTRACTS = seedContracts().map((named) => named.contract);
// A child vitest run takes a few seconds; this is a bound, not a measurement.
const CHILD_RUN_BOUND_MS = 120_000;

const started: FakeGraph[] = [];
afterEach(async () => Promise.all(started.splice(0).map((fake) => fake.close())));

async function fakeWith(options: Partial<FakeGraphOptions> = {}): Promise<FakeGraph> {
  const fake = await startFakeGraph({ contracts: CONTRACTS, ...options });
  started.push(fake);
  return fake;
}

const metadataRequests = (fake: FakeGraph): string[] => fake.log.filter((line) => line.endsWith('/$metadata'));

function reportOf(run: ChildRun): ContractReport {
  const json = run.reports['contract-report.json'];
  if (!json) throw new Error(`The child run wrote no contract report.\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(json) as ContractReport;
}

/** Every place a secret could leak to: the console and every report file. */
function outputsOf(run: ChildRun): string {
  return [run.stdout, run.stderr, ...Object.values(run.reports)].join('\n');
}

function expectNoSecrets(run: ChildRun, secrets: string[]): void {
  const outputs = outputsOf(run);
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(outputs.includes(secret), `a secret (${secret.slice(0, 4)}...) appears in the outputs`).toBe(false);
}

describe('the contract spec in tenant mode against the fake Graph', { timeout: CHILD_RUN_BOUND_MS }, () => {
  it('passes every seed contract with a delegated token, and leaves nothing behind', async () => {
    const fake = await fakeWith();
    const token = fake.mintToken({ scp: 'DeviceManagementApps.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All' });
    const run = await runSpecInChild(tenantEnvFor(fake, { AZURE_CLIENT_SECRET: '', GRAPH_ACCESS_TOKEN: token, GRAPH_WRITE_SCOPE: SEED_WRITE_SCOPE }));
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = reportOf(run);
    expect(report.totals).toEqual({ paths: 7, passed: 7, failed: 0, skipped: 0, error: 0 });
    expect(report.cleanup).toEqual({ deleted: 7, leftovers: [], errors: [], retries: [] });
    expect(fake.store.entries()).toEqual([]);
    // The model check: one $metadata per API version the run touched (4 beta + 1 v1.0 contracts).
    expect(metadataRequests(fake).sort()).toEqual(['GET /beta/$metadata', 'GET /v1.0/$metadata']);
    expect(report.modelCheck).toMatchObject({ requests: 2, errors: [], severities: { warning: 2 } });
    expectNoSecrets(run, [token, fake.app.clientSecret]);
  });

  it('survives throttling, 503/504s, slow answers and token expiry with client credentials; reports the retries', async () => {
    const fake = await fakeWith({ switches: { throttleEvery: 3, retryAfter: '0.2', unavailableEvery: 5, gatewayTimeoutEvery: 11, slowMs: 20, expireTokensAfter: 4 } });
    const run = await runSpecInChild(tenantEnvFor(fake, { GRAPH_MAX_ATTEMPTS: '8' }));
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = reportOf(run);
    expect(report.totals).toEqual({ paths: 7, passed: 4, failed: 0, skipped: 3, error: 0 });
    const retries = report.rows.flatMap((row) => row.retries);
    const reportText = JSON.stringify(report);
    expect(reportText).toContain('Retry-After: 0.2');
    expect(reportText).toContain('exponential backoff');
    // Discovery GETs and cleanup DELETEs are retried too, but only the creates have report rows.
    expect(retries.length).toBeGreaterThan(0);
    // Every failed answer the fake served shows up as a retry: on its path's row or on the cleanup.
    expect(retries.length + report.cleanup.retries.length + (report.modelCheck?.retries.length ?? 0)).toBe(fake.counters.throttled + fake.counters.unavailable + fake.counters.unauthorized);
    expect(run.reports['contract-report.md']).toContain('## Retries');
    expect(new Set(retries.map((r) => r.status))).toEqual(new Set([...retries.map((r) => r.status)].filter((s) => [401, 429, 503, 504].includes(s))));
    expect(fake.counters.throttled).toBeGreaterThan(0);
    // Requests in flight when the token expires each get their 401 (how many depends on timing);
    // the client fetches one new token for all of them.
    expect(fake.counters.unauthorized).toBeGreaterThanOrEqual(1);
    expect(fake.tokensIssued()).toBe(2);
    // The delegated-only page is skipped for an app token, with its reason in the report.
    expect(reportText).toContain('documents no application permission');
    expect(fake.store.entries()).toEqual([]);
    expectNoSecrets(run, [fake.app.clientSecret, ...fake.issuedTokens()]);
  });

  it('deletes what it created when checks fail, and still shows no secret', async () => {
    const fake = await fakeWith({ switches: { breakCreates: true } });
    const run = await runSpecInChild(tenantEnvFor(fake));
    expect(run.exitCode).not.toBe(0);
    expect(fake.log.filter((line) => line.startsWith('POST /beta') || line.startsWith('POST /v1.0')).length).toBeGreaterThan(0);
    expect(fake.store.entries()).toEqual([]);
    expectNoSecrets(run, [fake.app.clientSecret, ...fake.issuedTokens()]);
  });

  it('never prints or writes a token a service echoes back in its error messages', async () => {
    const fake = await fakeWith({ switches: { echoAuthorization: true } });
    const run = await runSpecInChild(tenantEnvFor(fake));
    expect(run.exitCode).not.toBe(0);
    expect(Object.keys(run.reports).sort()).toEqual(['contract-report.html', 'contract-report.json', 'contract-report.md', 'junit.xml']);
    // The answers did reach every output, redacted: the evidence is there, the credential is not.
    // The markdown escapes the brackets as it escapes any service text.
    for (const [name, text] of Object.entries(run.reports)) expect(text.replace(/\\\[REDACTED\\\]/g, '[REDACTED]'), name).toContain('Bearer [REDACTED]');
    expect(run.stdout + run.stderr).toContain('Bearer [REDACTED]');
    expectNoSecrets(run, [fake.app.clientSecret, ...fake.issuedTokens()]);
    expect(outputsOf(run)).not.toMatch(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
  });

  it('runs read-only when writes are not allowed: the model check is reported, every create skipped, no POST', async () => {
    const fake = await fakeWith();
    const run = await runSpecInChild(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false', GRAPH_ALLOWED_TENANTS: '' }));
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = reportOf(run);
    expect(report.totals).toEqual({ paths: 7, passed: 0, failed: 0, skipped: 7, error: 0 });
    expect(new Set(report.rows.map((row) => row.skipReason?.slice(0, 20)))).toEqual(new Set(['writes not allowed: ']));
    expect(fake.log.filter((line) => !line.startsWith('GET ') && !line.includes('/oauth2/v2.0/token'))).toEqual([]);
    // Nothing created, so nothing read back: the only GETs are the models.
    expect(fake.log.filter((line) => line.startsWith('GET ')).sort()).toEqual(['GET /beta/$metadata', 'GET /v1.0/$metadata']);
    expect(report.checkTotals.read).toEqual({ passed: 0, failed: 0, skipped: 7, error: 0 });
    expect(report.modelCheck?.findings.map((f) => `${f.file}:${f.line} ${f.code} ${f.severity}`).sort()).toEqual([
      '001_a20a10a3ee66a2ff.txt:55 ENUM_MEMBER_NOT_ON_PAGE warning',
      '002_a8090e397cf0858b.txt:48 PROPERTY_TYPE_MISMATCH warning',
    ]);
    for (const name of ['contract-report.md', 'contract-report.html']) {
      expect(run.reports[name], name).toContain('Model check');
      expect(run.reports[name], name).toContain('001_a20a10a3ee66a2ff.txt:55');
    }
    expectNoSecrets(run, [fake.app.clientSecret, ...fake.issuedTokens()]);
  });

  it('lints against a GRAPH_METADATA file offline, and GRAPH_METADATA=off makes no $metadata request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'graph-contracts-model-')), 'model.xml');
    writeFileSync(file, sampleCsdl());
    const fake = await fakeWith({ metadata: null });
    const offline = reportOf(await runSpecInChild(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false', GRAPH_METADATA: file })));
    expect(offline.modelCheck).toMatchObject({ sources: [file], requests: 0, errors: [], severities: { warning: 2 } });
    const off = await runSpecInChild(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false', GRAPH_METADATA: 'off' }));
    expect(off.exitCode, off.stdout + off.stderr).toBe(0);
    expect(reportOf(off).modelCheck).toBeUndefined();
    expect(metadataRequests(fake)).toEqual([]);
  });

  it('fails the run on a model check finding of severity error', async () => {
    const fake = await fakeWith({ metadata: sampleCsdl().replace('<Property Name="enrolledByUser" Type="Edm.String" />', '') });
    const run = await runSpecInChild(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false' }));
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('PROPERTY_NOT_IN_MODEL');
    expect(reportOf(run).modelCheck?.severities).toEqual({ warning: 2, error: 1 });
  });

  it.skipIf(MODELS.beta.missing ?? MODELS.v1.missing)(nameNeeding('a model that disagrees with the pages is baselined like any known failure: red without, green with its own baseline, red again on a new finding', MODELS.beta, MODELS.v1), async () => {
    const fake = await fakeWith();
    const env = { GRAPH_METADATA: `beta=${JULY_2021.beta},v1.0=${JULY_2021.v1}` };
    const first = await runSpecInChild(tenantEnvFor(fake, env));
    expect(first.exitCode).toBe(1);
    const unexpected = reportOf(first).modelCheck!.judged.unexpected;
    expect(unexpected).toBeGreaterThan(0);
    const baseline = join(mkdtempSync(join(tmpdir(), 'gc-baseline-')), 'tenant.json');
    writeFileSync(join(first.reportsDir, 'copy.json'), first.reports['contract-report.json']!);
    const written = await runCli(['expectations', join(first.reportsDir, 'copy.json'), '--out', baseline]);
    expect(written.stdout).toContain(`and ${unexpected} model finding${unexpected === 1 ? '' : 's'}.`);
    const again = await runSpecInChild(tenantEnvFor(fake, { ...env, GRAPH_EXPECTATIONS: baseline }));
    expect(again.exitCode, outputsOf(again)).toBe(0);
    expect(again.stdout).toContain(`Against the expectations: 0 unexpected, ${unexpected} as expected, 0 fixed error findings`);
    // One finding the baseline does not list (a property the model lacks, added to a contract) fails it again.
    const file = JSON.parse(readFileSync(baseline, 'utf8')) as { modelFindings: Record<string, unknown[]> };
    const [page] = Object.keys(file.modelFindings);
    file.modelFindings[page!] = file.modelFindings[page!]!.slice(1);
    writeFileSync(baseline, JSON.stringify(file));
    const third = await runSpecInChild(tenantEnvFor(fake, { ...env, GRAPH_EXPECTATIONS: baseline }));
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain('Against the expectations: 1 unexpected');
  }, 3 * CHILD_RUN_BOUND_MS);

  it.each([
    ['answers 503', 'down' as const, {}],
    ['never answers', 'hang' as const, { GRAPH_METADATA_TIMEOUT_MS: '2000' }],
  ])('a $metadata that %s is reported unavailable and does not decide the run; GRAPH_METADATA_REQUIRED=true makes it fail', async (_name, metadataFault, env) => {
    const fake = await fakeWith({ metadataFault });
    const started = Date.now();
    const run = await runSpecInChild(tenantEnvFor(fake, { GRAPH_MAX_ATTEMPTS: '2', GRAPH_BACKOFF_BASE_MS: '10', ...env }));
    const wallMs = Date.now() - started;
    expect(run.exitCode, outputsOf(run)).toBe(0);
    expect(run.stdout).toMatch(/Model check: Model unavailable: 2 could not be had; the run is decided by its contract paths/);
    expect(reportOf(run).rows.filter((row) => row.verdict === 'passed')).toHaveLength(4);
    expect(reportOf(run).modelCheck?.errors).toHaveLength(2);
    expect(wallMs).toBeLessThan(60_000);
    const required = await runSpecInChild(tenantEnvFor(fake, { GRAPH_MAX_ATTEMPTS: '2', GRAPH_BACKOFF_BASE_MS: '10', GRAPH_METADATA_REQUIRED: 'true', ...env }));
    expect(required.exitCode).toBe(1);
    expect(required.stdout + required.stderr).toContain('the model could not be had (GRAPH_METADATA_REQUIRED=true)');
  }, 2 * CHILD_RUN_BOUND_MS);

  it.each([
    ['tenant not in the allow-list', { GRAPH_ALLOWED_TENANTS: 'ffffffff-0000-0000-0000-000000000000' }, 'is not in GRAPH_ALLOWED_TENANTS'],
  ])('refuses before any request when %s', async (_name, env, message) => {
    const fake = await fakeWith();
    const run = await runSpecInChild(tenantEnvFor(fake, env));
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(message);
    // vitest prints the error's class name; its code is asserted in write-guard.test.ts.
    expect(run.stdout + run.stderr).toContain('WriteRefusedError');
    expect(fake.log).toEqual([]);
    expectNoSecrets(run, [fake.app.clientSecret]);
  });
});
