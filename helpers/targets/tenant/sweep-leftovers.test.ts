// A run killed before its cleanup leaves marked entities; the sweep finds them by marker and
// deletes them, and leaves entities without the marker alone.
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import { createTenantTarget } from './create-tenant-target.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { sweepLeftovers } from './sweep-leftovers.ts';
import { openTenantSession } from './tenant-session.ts';

let fake: FakeGraph;
afterEach(async () => fake.close());

describe('sweepLeftovers', () => {
  it('deletes marked leftovers only, and says which collections it could not scan', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    const config = resolveRunConfig(tenantEnvFor(fake));
    const userStatuses = SAMPLE_CONTRACTS[2]!;
    // A run that dies after creating: no cleanup, no close.
    const crashed = await createTenantTarget(createRunContext(config));
    const prepared = await crashed.prepare(userStatuses, userStatuses.operation.paths[0]!);
    if (prepared.skip) throw new Error(prepared.reason);
    await crashed.send(prepared.request);
    await crashed.send({ ...prepared.request, body: { ...prepared.request.body, userDisplayName: 'someone else' } });
    expect(fake.store.size()).toBe(2);

    const result = await sweepLeftovers(await openTenantSession(createRunContext(config)), SAMPLE_CONTRACTS);
    expect(result).toMatchObject({ deleted: 1, leftovers: [] });
    expect(fake.store.entries().map((e) => e.entity.userDisplayName)).toEqual(['someone else']);
    expect(result.scanned).toEqual([expect.stringMatching(/^\/deviceAppManagement\/mobileAppConfigurations\/[0-9a-f-]+\/userStatuses$/)]);
    expect(result.notScanned.map((n) => n.reason)).toContain('managedAppLogCollectionRequest has no marker field');
    await crashed.close();
  });
});
