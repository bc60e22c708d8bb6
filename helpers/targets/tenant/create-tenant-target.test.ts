// The tenant target end to end over real HTTP against the fake Graph server, with the
// spec's own runContractPath and checks, on hand-written seed-shaped contracts.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { IdRegistry } from '../../checks/id-check.ts';
import { createSchemaValidator } from '../../contract/compile-schema.ts';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import type { PathOutcome } from '../../gate/path-outcome.ts';
import { runContractPath } from '../../gate/run-contract-path.ts';
import type { CleanupResult } from '../target-types.ts';
import { createTenantTarget } from './create-tenant-target.ts';
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { SEED_WRITE_SCOPE, tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';

const started: FakeGraph[] = [];
afterEach(async () => Promise.all(started.splice(0).map((fake) => fake.close())));

async function fakeWith(options: Partial<FakeGraphOptions> = {}): Promise<FakeGraph> {
  const fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, ...options });
  started.push(fake);
  return fake;
}

/** What the spec does for each contract path, then cleanup, as one run. */
async function run(fake: FakeGraph, env: Record<string, string> = {}, contracts: Contract[] = SAMPLE_CONTRACTS) {
  const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake, env))));
  const ids = new IdRegistry();
  const schemas = createSchemaValidator();
  const outcomes: PathOutcome[] = [];
  let cleanup: CleanupResult;
  try {
    for (const contract of contracts) {
      for (const pathTemplate of contract.operation.paths) {
        const identity = { contract: contract.resource, resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate };
        outcomes.push(await runContractPath({ target, ids, schemas }, contract, identity));
      }
    }
  } finally {
    cleanup = await target.cleanup();
    await target.close();
  }
  return { outcomes, cleanup };
}

type Ran = Extract<PathOutcome, { kind: 'ran' }>;
const failuresOf = (o: Ran) => Object.values(o.checks).flatMap((c) => c.failures);
const ran = (outcomes: PathOutcome[]): Ran[] => outcomes.filter((o): o is Ran => o.kind === 'ran');

describe('tenant target against the fake Graph', () => {
  it('runs every application-permission contract, discovers parameters, and leaves nothing behind', async () => {
    const fake = await fakeWith();
    const { outcomes, cleanup } = await run(fake);
    expect(ran(outcomes).map((o) => o.resource)).toEqual(['managedAppLogCollectionRequest', 'deviceLogCollectionResponse', 'managedDeviceMobileAppConfigurationUserStatus']);
    expect(ran(outcomes).flatMap(failuresOf)).toEqual([]);
    // Each created entity was read back, by the path with /{id} (the fake sends no Location), at once.
    for (const outcome of ran(outcomes)) {
      expect(outcome.checks.read).toMatchObject({ ok: true, failures: [] });
      expect(outcome.read).toMatchObject({ status: 200, appearedAfterMs: 0, url: expect.stringMatching(new RegExp(`^${fake.url}/beta/.+/${outcome.createdId}$`)) });
    }
    // Reads are not writes: the fake saw only the creates and the cleanup's deletes as writes.
    expect(fake.writeTimes).toHaveLength(6);
    expect(fake.log).toContain('GET /beta/deviceManagement/deviceManagementScripts?$top=1&$select=id');
    expect(fake.log.some((l) => /^GET \/beta\/deviceManagement\/deviceManagementScripts\/[0-9a-f-]{36}\/deviceRunStates\?\$top=1&\$select=id$/.test(l))).toBe(true);
    expect(cleanup).toEqual({ deleted: 3, leftovers: [] });
    expect(fake.store.entries()).toEqual([]);
    // Its journal listed the 3 creates as they happened and went once they were deleted.
    expect(readdirSync(fake.journalDir)).toEqual([]);
  });

  it('skips the delegated-only contract for an app token, naming the permission kind', async () => {
    const fake = await fakeWith();
    const { outcomes } = await run(fake);
    const skipped = outcomes.filter((o) => o.kind === 'skipped');
    expect(skipped.map((o) => o.pathTemplate)).toEqual(SAMPLE_CONTRACTS[3]!.operation.paths);
    expect(skipped[0]).toMatchObject({ reason: expect.stringContaining('documents no application permission') });
  });

  it('runs the delegated-only contract with a delegated token (scp) from GRAPH_ACCESS_TOKEN', async () => {
    const fake = await fakeWith();
    const token = fake.mintToken({ scp: 'DeviceManagementApps.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All' });
    const { outcomes, cleanup } = await run(fake, { AZURE_CLIENT_SECRET: '', GRAPH_ACCESS_TOKEN: token, GRAPH_WRITE_SCOPE: SEED_WRITE_SCOPE });
    expect(outcomes.map((o) => o.kind)).toEqual(['ran', 'ran', 'ran', 'ran', 'ran', 'ran']);
    expect(ran(outcomes).flatMap(failuresOf)).toEqual([]);
    expect(cleanup.deleted).toBe(6);
    expect(fake.store.size()).toBe(0);
    expect(fake.tokensIssued()).toBe(0);
  });

  it('skips a contract whose permission the app lacks, naming the permissions it needs', async () => {
    const fake = await fakeWith({ roles: ['DeviceManagementApps.ReadWrite.All'] });
    const { outcomes } = await run(fake, {}, [SAMPLE_CONTRACTS[1]!]);
    expect(outcomes).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        reason: expect.stringMatching(/needs one of the application permissions DeviceManagementConfiguration\.ReadWrite\.All, DeviceManagementManagedDevices\.ReadWrite\.All; the token holds DeviceManagementApps\.ReadWrite\.All/),
      }),
    ]);
    expect(fake.log.filter((l) => l.startsWith('POST /beta'))).toEqual([]);
  });

  it('skips when a path parameter is neither configured nor discoverable, naming it', async () => {
    const fake = await fakeWith({ switches: { emptyCollections: ['/deviceAppManagement/mobileAppConfigurations'] } });
    const { outcomes } = await run(fake, {}, [SAMPLE_CONTRACTS[2]!]);
    expect(outcomes[0]).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('{managedDeviceMobileAppConfigurationId}') });
    expect(outcomes[0]).toMatchObject({ reason: expect.stringContaining('GRAPH_PARAM_managedDeviceMobileAppConfigurationId') });
  });

  it('uses a configured parameter instead of discovering it', async () => {
    const fake = await fakeWith();
    const { outcomes } = await run(fake, { GRAPH_PARAM_managedDeviceMobileAppConfigurationId: 'cfg-1' }, [SAMPLE_CONTRACTS[2]!]);
    expect(outcomes[0]).toMatchObject({ kind: 'ran', status: 201 });
    expect(fake.log).toContain('POST /beta/deviceAppManagement/mobileAppConfigurations/cfg-1/userStatuses');
    // No discovery: the one GET reads the created entity back.
    expect(fake.log.filter((l) => l.startsWith('GET'))).toEqual([expect.stringMatching(/^GET \/beta\/deviceAppManagement\/mobileAppConfigurations\/cfg-1\/userStatuses\/[0-9a-f-]{36}$/)]);
  });

  it('marks created entities so a sweep can find them', async () => {
    const fake = await fakeWith();
    const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake))));
    const prepared = await target.prepare(SAMPLE_CONTRACTS[2]!, SAMPLE_CONTRACTS[2]!.operation.paths[0]!);
    await target.close();
    expect(prepared).toMatchObject({ skip: false, request: { body: { userDisplayName: expect.stringMatching(/^gc-test-\d{8}T\d{6} User Display Name value$/) } } });
  });
});

describe('resilience', () => {
  it('survives throttling (429 + fractional Retry-After), 503 and 504, and reports every retry', async () => {
    const fake = await fakeWith({ switches: { throttleEvery: 3, retryAfter: '0.05', unavailableEvery: 5, gatewayTimeoutEvery: 7 } });
    const { outcomes, cleanup } = await run(fake, { GRAPH_MAX_ATTEMPTS: '8' });
    expect(ran(outcomes).flatMap(failuresOf)).toEqual([]);
    const retries = ran(outcomes).flatMap((o) => o.retries);
    expect(retries.filter((r) => r.status === 429).every((r) => r.waitedMs === 50 && r.reason.includes('Retry-After: 0.05'))).toBe(true);
    // Intune's JSON inside error.message is decoded: the reason shows its inner Message, not escaped JSON.
    expect(retries.find((r) => r.status === 429)?.reason).toMatch(/(^|: )429 TooManyRequests: Too many requests\., waited/);
    // Discovery calls made while preparing a request are reported with that request.
    expect(retries.some((r) => r.reason.startsWith('discovery GET '))).toBe(true);
    expect(retries.filter((r) => r.status === 503 || r.status === 504).every((r) => r.reason.includes('exponential backoff'))).toBe(true);
    expect(retries.length).toBeGreaterThan(0);
    expect(cleanup.leftovers).toEqual([]);
    // Any three consecutive requests include a throttled one, so the cleanup's DELETEs retried too.
    expect(cleanup.retries?.some((retry) => /^cleanup DELETE \/.+: 429 /.test(retry.reason))).toBe(true);
    // The reads of the created entities go through the same client: retried, and reported as the read's.
    expect(retries.some((r) => /^read: (429|503|504) /.test(r.reason))).toBe(true);
    expect(fake.store.size()).toBe(0);
  });

  it('fetches a new token once when Graph answers 401 for an expired one', async () => {
    const fake = await fakeWith({ switches: { expireTokensAfter: 2 } });
    const { outcomes } = await run(fake, { GRAPH_CONCURRENCY: '1' });
    expect(ran(outcomes).flatMap(failuresOf)).toEqual([]);
    expect(fake.counters.unauthorized).toBe(1);
    expect(fake.tokensIssued()).toBe(2);
  });

  it.each([
    // A GET that gets no answer is retried, then given up; a POST is never retried (it may have created).
    ['a discovery GET', {}, 'GET /beta/deviceAppManagement/mobileAppConfigurations?$top=1&$select=id', 2],
    ['a create POST', { GRAPH_PARAM_managedDeviceMobileAppConfigurationId: 'cfg-1' }, 'POST /beta/deviceAppManagement/mobileAppConfigurations/cfg-1/userStatuses', 1],
  ])('gives up on %s that gets no answer within the timeout', async (_name, env, request, attempts) => {
    // The fake holds answers far longer than the timeout, so the outcome does not depend on speed.
    const fake = await fakeWith({ switches: { slowMs: 5_000 } });
    const { outcomes, cleanup } = await run(fake, { GRAPH_REQUEST_TIMEOUT_MS: '100', GRAPH_MAX_ATTEMPTS: '2', ...env }, [SAMPLE_CONTRACTS[2]!]);
    expect(outcomes[0]).toMatchObject({ kind: 'error', code: 'GRAPH_REQUEST_TIMEOUT', message: expect.stringContaining('no answer within 100 ms') });
    expect(fake.log.filter((line) => line === request)).toHaveLength(attempts);
    // A create without an answer may exist: the cleanup says so and keeps the journal for the sweep.
    const sent = request.startsWith('POST');
    expect(cleanup.leftovers).toEqual(sent ? [{ path: expect.stringContaining('/userStatuses'), id: '(unknown)', reason: expect.stringContaining('got no answer, so it may have made an entity') }] : []);
    expect(readdirSync(fake.journalDir)).toHaveLength(sent ? 1 : 0);
  });

  it('caches the token across requests', async () => {
    const fake = await fakeWith();
    await run(fake);
    expect(fake.tokensIssued()).toBe(1);
  });

  it('deletes what was created even when every check fails', async () => {
    const fake = await fakeWith({ switches: { breakCreates: true } });
    const { outcomes, cleanup } = await run(fake);
    expect(ran(outcomes)).toHaveLength(3);
    expect(ran(outcomes).every((o) => failuresOf(o).length > 0)).toBe(true);
    expect(cleanup).toEqual({ deleted: 3, leftovers: [] });
    expect(fake.store.size()).toBe(0);
  });
});
