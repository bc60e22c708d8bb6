// What a recording holds of one exchange: the run's own choices and the service's generated
// values as stand-ins of the same shape, the rest as answered; two runs against an unchanged
// service record the same definitions.
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../foundation/contract-types.ts';
import { contractFixture } from '../../testing/contract-fixture.ts';
import type { OutgoingRequest, ReadResponse, TargetResponse } from '../target-types.ts';
import { normaliseExchange, parameterPlaceholder, type Exchange, type NormaliseSettings } from './normalise-exchange.ts';
import { MARKER_PLACEHOLDER, TENANT_PSEUDONYM } from './stable-placeholders.ts';
import { createScrub } from './scrub-secrets.ts';
import { SecretRedactor } from '../../foundation/redact-secrets.ts';

const contract = contractFixture();
const template = contract.operation.paths[0]!;
const BASE = 'http://127.0.0.1:5555';
const TENANT = '11111111-2222-3333-4444-555555555555';
const settings: NormaliseSettings = {
  scrub: createScrub(new SecretRedactor(), { tenantId: TENANT }),
  baseUrl: BASE,
  canonicalOrigin: 'https://graph.microsoft.com',
  markerPrefix: 'gc-test-',
  versionOf: () => 'beta',
};

/** One run's exchange: its own parent id, marker, created id and the service's clock. */
function exchange(run: { parent: string; runId: string; id: string; now: string; request: string }, read = true): Exchange {
  const path = template.replace('{managedAppRegistrationId}', run.parent);
  const body: JsonObject = { ...contract.request.example.body, status: `gc-test-${run.runId} Status value`, managedAppRegistrationId: run.parent };
  const request: OutgoingRequest = { contract, pathTemplate: template, path, headers: {}, body };
  const answer = { '@odata.context': `${BASE}/beta/$metadata#x/$entity`, ...body, id: run.id, version: `v-${run.id}`, requestedDateTime: run.now, expiresDateTime: '2017-01-01T07:58:52.3534526Z', tenantNote: `tenant ${TENANT.toUpperCase()}` };
  const create: TargetResponse = {
    status: 201,
    headers: { 'content-type': 'application/json', location: `${BASE}/beta${path}('${run.id}')`, 'request-id': run.request, date: run.now, 'set-cookie': 'x=1' },
    text: JSON.stringify(answer),
    retries: [],
    durationMs: 12,
  };
  const readBack: ReadResponse = { ...create, status: 200, headers: { 'content-type': 'application/json' }, url: `${BASE}/beta${path}/${run.id}`, appearedAfterMs: 0 };
  return { name: 'beta/x-create', contract, pathTemplate: template, request, create, ...(read ? { read: readBack } : {}) };
}

const first = { parent: 'aaaaaaaa-0000-4000-8000-000000000001', runId: '20261204T041700', id: '5a1b3c4d-1111-4222-8333-944455556666', now: '2026-12-04T04:17:03.1234567Z', request: '0f0f0f0f-1111-4222-8333-944455556666' };
const second = { ...first, runId: '20261205T041700', id: '6b2c4d5e-2222-4333-9444-a55566667777', now: '2026-12-05T04:17:09.7654321Z', request: '1e1e1e1e-2222-4333-9444-a55566667777' };

describe('normaliseExchange', () => {
  test('an unchanged service records the same definitions run after run', () => {
    expect(normaliseExchange(exchange(second), settings)).toEqual(normaliseExchange(exchange(first), settings));
  });

  test('the run\'s choices and the service\'s generated values become stand-ins of the same shape', () => {
    const { recordedPath, definitions } = normaliseExchange(exchange(first), settings);
    const [create, read] = definitions;
    const parent = parameterPlaceholder('managedAppRegistrationId');
    expect(recordedPath).toBe(`/beta/deviceAppManagement/managedAppRegistrations/${parent}/managedAppLogCollectionRequests`);
    expect(create).toMatchObject({ scope: 'https://graph.microsoft.com:443', method: 'POST', path: recordedPath, status: 201, responseIsBinary: false });
    const body = create!.body as JsonObject;
    const answer = create!.response as JsonObject;
    expect(body.status).toBe(`${MARKER_PLACEHOLDER}Status value`);
    expect(body.managedAppRegistrationId).toBe(parent);
    expect(answer.id).toMatch(/^00000000-0000-0000-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(answer.version).toBe(`v-${answer.id as string}`);
    // Not echoed: the service's instant, in its own form; echoed (in another zone): kept.
    expect(answer.requestedDateTime).toBe('2000-01-01T00:00:00.0000000Z');
    expect(answer.expiresDateTime).toBe('2017-01-01T07:58:52.3534526Z');
    expect(answer['@odata.context']).toBe('https://graph.microsoft.com/beta/$metadata#x/$entity');
    expect(answer.tenantNote).toBe(`tenant ${TENANT_PSEUDONYM}`);
    // Only the headers a check reads, the created id and the host replaced in them.
    expect(create!.rawHeaders).toEqual({ 'content-type': 'application/json', location: `https://graph.microsoft.com${recordedPath}('${answer.id as string}')` });
    expect(read).toMatchObject({ method: 'GET', path: `${recordedPath}/${answer.id as string}`, status: 200 });
    expect((read!.response as JsonObject).id).toBe(answer.id);
    expect(Object.keys(answer)).toEqual([...Object.keys(answer)].sort());
  });

  test('an error answer keeps its code and message, its request id, date and activity id replaced', () => {
    const refused = exchange(first, false);
    refused.create = {
      ...refused.create,
      status: 400,
      text: JSON.stringify({ error: { code: 'BadRequest', message: `Activity ID: ${first.request} at 2026-12-04 04:17:03Z`, innerError: { 'request-id': first.request, date: '2026-12-04T04:17:03' } } }),
    };
    const again = exchange(second, false);
    again.create = { ...refused.create, text: refused.create.text.replaceAll(first.request, second.request).replace('2026-12-04 04:17:03Z', '2026-12-05 05:00:00Z').replace('2026-12-04T04:17:03', '2026-12-05T05:00:00') };
    const [create] = normaliseExchange(refused, settings).definitions;
    expect(normaliseExchange(again, settings).definitions).toEqual([create]);
    const error = (create!.response as { error: { code: string; message: string; innerError: JsonObject } }).error;
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(/^Activity ID: 00000000-0000-0000-[0-9a-f-]+ at 2000-01-01 00:00:00Z$/);
    expect(error.innerError.date).toBe('2000-01-01T00:00:00');
    expect(error.innerError['request-id']).toMatch(/^00000000-0000-0000-/);
  });

  test('an answer that is not JSON, or nests deeper than any Graph answer, is kept as text', () => {
    const html = exchange(first, false);
    html.create = { ...html.create, status: 502, text: `<html>bad gateway ${first.request}</html>` };
    expect(normaliseExchange(html, settings).definitions[0]!.response).toMatch(/^<html>bad gateway 00000000-0000-0000-/);
    const deep = exchange(first, false);
    deep.create = { ...deep.create, text: `${'['.repeat(100)}${']'.repeat(100)}` };
    expect(normaliseExchange(deep, settings).definitions[0]!.response).toBe(deep.create.text);
  });
});
