// The recorder around a target: it keeps each create with the read-back of what it made and
// each skip, changes nothing the checks see, and what it hands over holds no secret and no id
// of the tenant or the app, wherever a careless service echoes them.
import { describe, expect, test } from 'vitest';
import type { Contract } from '../../foundation/contract-types.ts';
import { SecretRedactor } from '../../foundation/redact-secrets.ts';
import { contractFixture } from '../../testing/contract-fixture.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import type { OutgoingRequest, ReadRequest, ReadResponse, Target, TargetResponse } from '../target-types.ts';
import { recordingTarget } from './recording-target.ts';
import { createScrub } from './scrub-secrets.ts';
import { CLIENT_PSEUDONYM, TENANT_PSEUDONYM } from './stable-placeholders.ts';

const CANARY = {
  tenantId: '7e4a4700-c0de-4bad-8eed-000000000a11',
  clientId: 'c11e0700-c0de-4bad-8eed-000000000b22',
  secret: 'canary~client~secret~Q8s7d6f5g4h3',
  token: `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"tid":"canary"}').toString('base64url')}.canary-signature-3b4c5d`,
};

const contract = contractFixture();
const delegatedOnly = contractFixture({ resource: 'delegatedOnly', source: { ...contract.source, file: 'beta/delegated-only-create.md' } });

/** A service that echoes every canary: in headers, error messages, nested bodies, keys, and the bearer token itself. */
function echoingTarget(): Target {
  const answer = (request: OutgoingRequest): TargetResponse => ({
    status: 201,
    headers: { 'content-type': 'application/json', location: `https://graph.microsoft.com/beta${request.path}('id-${CANARY.tenantId}')`, 'x-echo-secret': CANARY.secret, 'set-cookie': `session=${CANARY.token}` },
    text: JSON.stringify({
      ...request.body,
      id: '9d8c7b6a-1111-4222-8333-944455556666',
      owner: { tenant: CANARY.tenantId.toUpperCase(), app: CANARY.clientId, nested: [{ deeper: `secret=${CANARY.secret}` }] },
      [`key-${CANARY.clientId}`]: 'a key that names the app',
      note: `Cannot use the header "Authorization: Bearer ${CANARY.token}"`,
    }),
    retries: [],
    durationMs: 3,
  });
  return {
    kind: 'tenant',
    describe: () => 'echoing stand-in',
    async prepare(c: Contract, pathTemplate: string) {
      if (c.resource === 'delegatedOnly') return { skip: true, reason: `missing permission for tenant ${CANARY.tenantId}` };
      return { skip: false, request: buildOutgoingRequest(c, pathTemplate, pathTemplate.replace('{managedAppRegistrationId}', '42424242-0000-4000-8000-000000000042')) };
    },
    send: async (request) => answer(request),
    async read(request: ReadRequest): Promise<ReadResponse> {
      return { ...answer(request.create), status: 200, text: JSON.stringify({ error: { code: 'Forbidden', message: `AppId ${CANARY.clientId} in tenant ${CANARY.tenantId} with secret ${CANARY.secret}` } }), url: `https://graph.microsoft.com/beta${request.create.path}/${request.id}`, appearedAfterMs: 0 };
    },
    cleanup: async () => ({ deleted: 0, leftovers: [] }),
    close: async () => undefined,
  };
}

function recorder(inner: Target): Target {
  const redactor = new SecretRedactor([CANARY.secret, CANARY.token]);
  return recordingTarget(inner, {
    scrub: createScrub(redactor, { tenantId: CANARY.tenantId, clientId: CANARY.clientId }),
    baseUrl: 'https://graph.microsoft.com',
    canonicalOrigin: 'https://graph.microsoft.com',
    markerPrefix: 'graph-contracts-',
    versionOf: (c) => c.apiVersion,
    cloud: 'global',
  });
}

describe('recordingTarget', () => {
  test('keeps each create with its read-back, and each skip; the checks see the target\'s answers unchanged', async () => {
    const inner = echoingTarget();
    const target = recorder(inner);
    const prepared = await target.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error('expected a request');
    const sent = await target.send(prepared.request);
    expect(sent).toEqual(await inner.send(prepared.request));
    const read = await target.read({ create: prepared.request, id: '9d8c7b6a-1111-4222-8333-944455556666' });
    expect(read.status).toBe(200);
    expect(await target.prepare(delegatedOnly, delegatedOnly.operation.paths[0]!)).toMatchObject({ skip: true });

    const recorded = target.recordings!().recorded!;
    expect(recorded.paths.map((p) => [p.name, p.definitions?.map((d) => d.method) ?? p.skipped])).toEqual([
      [contractNameOf(contract), ['POST', 'GET']],
      ['beta/delegated-only-create', `missing permission for tenant ${TENANT_PSEUDONYM}`],
    ]);
    expect(recorded.contracts.map((c) => c.name).sort()).toEqual([contractNameOf(contract), 'beta/delegated-only-create'].sort());
  });

  test('canaries: no secret, token, tenant id or client id in anything recorded, wherever the service echoed them', async () => {
    const target = recorder(echoingTarget());
    const prepared = await target.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error('expected a request');
    await target.send(prepared.request);
    await target.read({ create: prepared.request, id: 'x' });
    await target.prepare(delegatedOnly, delegatedOnly.operation.paths[0]!);
    const text = JSON.stringify(target.recordings!());
    for (const [what, value] of Object.entries(CANARY)) {
      expect(text.toLowerCase().includes(value.toLowerCase()), `${what} appears in the recording`).toBe(false);
    }
    expect(text).not.toContain('canary-signature');
    expect(text).not.toMatch(/set-cookie|x-echo-secret/);
    expect(text).toContain(TENANT_PSEUDONYM);
    expect(text).toContain(CLIENT_PSEUDONYM);
    expect(text).toContain('[REDACTED]');
  });
});

function contractNameOf(c: Contract): string {
  return c.source.file.replace(/\.(md|txt)$/, '');
}
