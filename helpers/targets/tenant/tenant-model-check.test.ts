// The model check in process, against the fake Graph: $metadata once per version for the run
// (cached across calls), the lint's findings with page lines, and a model that cannot be had
// reported as an error naming the URL rather than thrown.
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import { createModelCheck } from './tenant-model-check.ts';
import { openTenantSession } from './tenant-session.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let fake: FakeGraph;
afterEach(async () => fake.close());

async function checkWith(metadata: string | null | undefined, contracts: Contract[], env: Record<string, string> = {}, metadataFault?: 'down' | 'hang') {
  fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, ...(metadata === undefined ? {} : { metadata }), ...(metadataFault ? { metadataFault } : {}) });
  const session = await openTenantSession(createRunContext(resolveRunConfig(tenantEnvFor(fake, env))));
  return createModelCheck(session, { kind: 'live' }, session.config.modelCheck);
}

const metadataRequests = () => fake.log.filter((line) => line.endsWith('/$metadata'));
const V1 = { ...SAMPLE_CONTRACTS[2]!, apiVersion: 'v1.0' } as Contract;
const UNDECLARED = { ...SAMPLE_CONTRACTS[0]!, properties: [...SAMPLE_CONTRACTS[0]!.properties, { name: 'notInModel', type: 'String', collection: false, readOnly: false }] } as Contract;

describe('tenant model check', () => {
  it('fetches $metadata once per API version for the whole run, however often it is asked', async () => {
    const check = await checkWith(undefined, SAMPLE_CONTRACTS);
    const first = await check([...SAMPLE_CONTRACTS, V1]);
    await check(SAMPLE_CONTRACTS);
    expect(metadataRequests().sort()).toEqual(['GET /beta/$metadata', 'GET /v1.0/$metadata']);
    expect(first).toMatchObject({ source: 'live', requests: 2, errors: [], notLinted: [] });
    expect(first.models.map((m) => m.label).sort()).toEqual(['$metadata beta', '$metadata v1.0']);
  });

  it('reports what the lint finds, with severity and code', async () => {
    const result = await (await checkWith(undefined, []))([UNDECLARED]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ code: 'PROPERTY_NOT_IN_MODEL', property: 'notInModel', resource: 'managedAppLogCollectionRequest' })]);
  });

  it.each([
    ['no $metadata (404)', null, /GET http:\/\/127\.0\.0\.1:\d+\/beta\/\$metadata answered 404: no model for the beta contracts \[MODEL_UNREADABLE\]/],
    ['a model that is not XML', '<edmx:Edmx><Schema', /beta\/\$metadata:\d+: not well-formed XML: .* \[MODEL_UNPARSABLE\]/],
  ])('reports %s as an error naming the URL, and lints nothing against it', async (_name, metadata, message) => {
    const result = await (await checkWith(metadata, []))(SAMPLE_CONTRACTS);
    expect(result.errors).toEqual([expect.stringMatching(message)]);
    expect(result.findings).toEqual([]);
    expect(result.notLinted).toHaveLength(SAMPLE_CONTRACTS.length);
  });

  it('retries a $metadata that answers 503 with the run\'s policy, then reports it unavailable naming the URL', async () => {
    const started = Date.now();
    const result = await (await checkWith(undefined, [], { GRAPH_MAX_ATTEMPTS: '3', GRAPH_BACKOFF_BASE_MS: '10' }, 'down'))([SAMPLE_CONTRACTS[0]!]);
    expect(result.errors).toEqual([expect.stringMatching(/beta\/\$metadata answered 503: no model for the beta contracts \[MODEL_UNREADABLE\]/)]);
    expect(result.retries.map((retry) => retry.status)).toEqual([503, 503]);
    expect(result.required).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a $metadata that never answers at its deadline, retries included', async () => {
    const started = Date.now();
    const result = await (await checkWith(undefined, [], { GRAPH_METADATA_TIMEOUT_MS: '1000', GRAPH_METADATA_REQUIRED: 'true' }, 'hang'))([SAMPLE_CONTRACTS[0]!]);
    expect(result.errors).toEqual([expect.stringMatching(/GET http:\/\/127\.0\.0\.1:\d+\/beta\/\$metadata: no model within 1000 ms \(GRAPH_METADATA_TIMEOUT_MS\), retries included \[MODEL_TIMEOUT\]/)]);
    expect(result.required).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses a model over GRAPH_METADATA_MAX_MB without reading it all', async () => {
    const big = `<?xml version="1.0"?><!--${'x'.repeat(1_100_000)}--><edmx:Edmx/>`;
    const result = await (await checkWith(big, [], { GRAPH_METADATA_MAX_MB: '1' }))([SAMPLE_CONTRACTS[0]!]);
    expect(result.errors).toEqual([expect.stringMatching(/beta\/\$metadata: the answer is larger than the cap of 1 MB \[MODEL_TOO_LARGE\]/)]);
  });

  it('shards of one run share each fetched model through the run folder: one $metadata per version for all of them', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, switches: { slowMs: 150 } });
    const folder = mkdtempSync(join(tmpdir(), 'gc-model-cache-'));
    const shard = async () => {
      const session = await openTenantSession(createRunContext(resolveRunConfig(tenantEnvFor(fake, {}))));
      return createModelCheck(session, { kind: 'live' }, session.config.modelCheck, folder);
    };
    const [one, two, three] = await Promise.all([shard(), shard(), shard()]);
    const results = await Promise.all([one!([...SAMPLE_CONTRACTS, V1]), two!([...SAMPLE_CONTRACTS, V1]), three!([SAMPLE_CONTRACTS[0]!])]);
    expect(metadataRequests().sort()).toEqual(['GET /beta/$metadata', 'GET /v1.0/$metadata']);
    expect(results.map((result) => result.errors)).toEqual([[], [], []]);
    expect(results.reduce((n, result) => n + result.requests, 0)).toBe(2);
    expect(results[0]!.findings).toEqual(results[1]!.findings);
  });
});
