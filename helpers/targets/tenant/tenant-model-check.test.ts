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

let fake: FakeGraph;
afterEach(async () => fake.close());

async function checkWith(metadata: string | null | undefined, contracts: Contract[], env: Record<string, string> = {}) {
  fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS, ...(metadata === undefined ? {} : { metadata }) });
  const session = await openTenantSession(createRunContext(resolveRunConfig(tenantEnvFor(fake, env))));
  return createModelCheck(session, { kind: 'live' });
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
});
