// The write guard, in process: refusals carry stable codes and happen before any request
// (the fake's log stays empty), or, for a token of another tenant, before any Graph request.
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import { createTenantTarget } from './create-tenant-target.ts';
import { openTenantSession } from './tenant-session.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';

let fake: FakeGraph;
afterEach(async () => fake.close());

async function attempt(env: Record<string, string>, switches: Parameters<typeof startFakeGraph>[0]['switches'] = {}): Promise<unknown> {
  fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, switches });
  return createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake, env)))).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('write guard', () => {
  it('opens a contract run read-only when writes are not allowed: a token, no Graph request, every create skipped', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false', GRAPH_ALLOWED_TENANTS: '' }))));
    const prepared = await target.prepare(SAMPLE_CONTRACTS[0]!, SAMPLE_CONTRACTS[0]!.operation.paths[0]!);
    expect(prepared).toMatchObject({ skip: true, reason: expect.stringMatching(/^writes not allowed: GRAPH_ALLOW_WRITES is not "true"/) });
    expect(target.describe()).toContain('read-only');
    expect(fake.log.filter((line) => !line.includes('/oauth2/v2.0/token'))).toEqual([]);
    await target.close();
  });

  it('still refuses the sweep (which deletes) when writes are not allowed, before any request', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    const error = await openTenantSession(createRunContext(resolveRunConfig(tenantEnvFor(fake, { GRAPH_ALLOW_WRITES: 'false' })))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TENANT_WRITE_REFUSED', message: expect.stringMatching(/^Refusing to sweep: GRAPH_ALLOW_WRITES is not "true", a read-only setup\./) });
    // Worded for the sweep in a read-only setup, not for a run that would create entities.
    expect((error as Error).message).not.toMatch(/tenant run/);
    expect(fake.log).toEqual([]);
  });

  it('refuses a token for another tenant in a read-only run too', async () => {
    expect(await attempt({ GRAPH_ALLOW_WRITES: 'false' }, { issueForTenant: '99999999-0000-0000-0000-000000000000' })).toMatchObject({ code: 'TENANT_MISMATCH' });
    expect(fake.log.filter((line) => !line.includes('/oauth2/v2.0/token'))).toEqual([]);
  });

  it.each([
    ['allow-list empty', { GRAPH_ALLOWED_TENANTS: '' }, 'TENANT_WRITE_REFUSED'],
    ['tenant not in the allow-list', { GRAPH_ALLOWED_TENANTS: 'ffffffff-0000-0000-0000-000000000000' }, 'TENANT_WRITE_REFUSED'],
  ])('refuses before any request when %s', async (_name, env, code) => {
    expect(await attempt(env)).toMatchObject({ code });
    expect(fake.log).toEqual([]);
  });

  it('refuses a token issued for another tenant before any Graph request', async () => {
    const error = await attempt({}, { issueForTenant: '99999999-0000-0000-0000-000000000000' });
    expect(error).toMatchObject({ code: 'TENANT_MISMATCH', message: expect.stringContaining('99999999-0000-0000-0000-000000000000') });
    expect(fake.log.filter((line) => !line.includes('/oauth2/v2.0/token'))).toEqual([]);
  });

  it('accepts the allow-listed tenant whatever the case of its id', async () => {
    expect(await attempt({ GRAPH_ALLOWED_TENANTS: '11111111-2222-3333-4444-555555555555'.toUpperCase() })).toBeUndefined();
  });

  it('reports a rejected client secret without echoing it', async () => {
    const error = await attempt({ AZURE_CLIENT_SECRET: 'wrong-secret-value-123' });
    expect(error).toMatchObject({ code: 'TOKEN_REQUEST_FAILED', message: expect.stringContaining('answered 401') });
    expect(String((error as Error).message)).not.toContain('wrong-secret-value-123');
    expect(String((error as Error).stack)).not.toContain('wrong-secret-value-123');
  });
});
