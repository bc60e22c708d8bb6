// Token caching with a controlled clock against the fake token endpoint: reused while
// fresh, refetched shortly before expiry (5 min, or half the lifetime when shorter).
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../config/run-config.ts';
import type { Clock } from '../../foundation/clock.ts';
import { SecretRedactor } from '../../foundation/redact-secrets.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { createTokenProvider } from './token-provider.ts';

let fake: FakeGraph;
afterEach(async () => fake.close());

describe('token provider', () => {
  it.each([
    // lifetime s, seconds later, fetches after the second get
    [3600, 3599 - 300 - 1, 1],
    [3600, 3600 - 300, 2],
    [120, 59, 1],
    [120, 60, 2],
  ])('a %is token asked for again after %is makes %i fetch(es)', async (lifetime, later, want) => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, switches: { tokenLifetimeSeconds: lifetime } });
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async () => undefined, random: () => 0 };
    const tokens = createTokenProvider(resolveRunConfig(tenantEnvFor(fake)).tenant!, clock, new SecretRedactor());
    const first = await tokens.get();
    now += later * 1000;
    await tokens.get();
    expect(tokens.fetches()).toBe(want);
    expect(first.split('.')).toHaveLength(3);
  });

  it('fetches once for many concurrent requests, and again after invalidate', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    const tokens = createTokenProvider(resolveRunConfig(tenantEnvFor(fake)).tenant!, { now: () => 0, sleep: async () => undefined, random: () => 0 }, new SecretRedactor());
    await Promise.all(Array.from({ length: 10 }, () => tokens.get()));
    tokens.invalidate();
    await tokens.get();
    expect(fake.tokensIssued()).toBe(2);
  });

  it('asks the token endpoint of the configured tenant for the cloud scope', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await createTokenProvider(resolveRunConfig(tenantEnvFor(fake)).tenant!, { now: () => 0, sleep: async () => undefined, random: () => 0 }, new SecretRedactor()).get();
    // The fake answers 400 invalid_scope unless the scope is https://graph.microsoft.com/.default.
    expect(fake.log).toEqual([`POST /${fake.app.tenantId}/oauth2/v2.0/token`]);
  });
});
