// The mock's rules as a table over requests, with a pinned clock so replies are exact.
import { describe, expect, test } from 'vitest';
import { contractFixture } from '../../testing/contract-fixture.ts';
import { createSchemaValidator } from '../../contract/compile-schema.ts';
import { answerRequest } from './answer-request.ts';
import { MockEntities } from './mock-entities.ts';
import { MockRoutes } from './mock-routes.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockClock, type MockRequest } from './mock-types.ts';

const contract = contractFixture();
const routes = new MockRoutes([contract]);
const schemas = createSchemaValidator();
const clock = (): MockClock => {
  let n = 0;
  return { newGuid: () => `00000000-0000-0000-0000-${String(++n).padStart(12, '0')}`, nowTicks: () => 15778368000000001n };
};
const base = 'http://graph.mock.invalid/beta';
const okRequest: MockRequest = {
  method: 'POST',
  url: `${base}/deviceAppManagement/managedAppRegistrations/abc/managedAppLogCollectionRequests`,
  headers: { authorization: 'Bearer t', 'content-type': 'application/json', 'client-request-id': 'c-1' },
  bodyText: JSON.stringify(contract.request.example.body),
};

describe('answerRequest rejections', () => {
  const cases: Array<[string, { change: Partial<MockRequest>; status: number; code: string }]> = [
    ['no token', { change: { headers: { 'content-type': 'application/json' } }, status: 401, code: 'InvalidAuthenticationToken' }],
    ['not Bearer', { change: { headers: { authorization: 'Basic x', 'content-type': 'application/json' } }, status: 401, code: 'InvalidAuthenticationToken' }],
    ['unknown path', { change: { url: `${base}/deviceAppManagement/nothingHere` }, status: 404, code: 'ResourceNotFound' }],
    ['wrong version', { change: { url: okRequest.url.replace('/beta/', '/v1.0/') }, status: 404, code: 'ResourceNotFound' }],
    ['wrong method', { change: { method: 'PATCH' }, status: 405, code: 'MethodNotAllowed' }],
    ['text/plain', { change: { headers: { ...okRequest.headers, 'content-type': 'text/plain' } }, status: 415, code: 'UnsupportedMediaType' }],
    ['invalid JSON', { change: { bodyText: '{"status":' }, status: 400, code: 'BadRequest' }],
    ['schema violation', { change: { bodyText: JSON.stringify({ sizeInKB: 'ten' }) }, status: 400, code: 'BadRequest' }],
    ['unknown property', { change: { bodyText: JSON.stringify({ bogus: 1 }) }, status: 400, code: 'BadRequest' }],
  ];
  test.each(cases)('%s', (_name, { change, status, code }) => {
    const reply = answerRequest({ routes, clock: clock(), schemas }, { ...okRequest, ...change });
    expect(reply.status).toBe(status);
    const body = JSON.parse(reply.body);
    expect(body.error.code).toBe(code);
    expect(Object.keys(body.error.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
    expect(reply.headers['request-id']).toBe(body.error.innerError['request-id']);
  });
});

describe('answerRequest success', () => {
  const reply = answerRequest({ routes, clock: clock(), schemas }, okRequest);
  const body = JSON.parse(reply.body);

  test('201 with Graph headers', () => {
    expect(reply.status).toBe(201);
    expect(reply.headers['Content-Type']).toBe(GRAPH_JSON_CONTENT_TYPE);
    expect(reply.headers['client-request-id']).toBe('c-1');
    expect(reply.headers['request-id']).toMatch(/^0{8}-/);
  });
  test('new GUID id, @odata.context, server-owned fields filled', () => {
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body['@odata.context']).toBe(`${base}/$metadata#managedAppLogCollectionRequest/$entity`);
    expect(body.version).toBe('1');
    // The client's read-only value is ignored; the service's own instant is written in UTC.
    expect(body.requestedDateTime).toBe('2020-01-01T00:00:00.0000001Z');
  });
  test('writable fields echoed, dates in UTC at 7 digits, nested values kept', () => {
    expect(body.expiresDateTime).toBe('2017-01-01T07:58:52.3534526Z');
    expect(body.status).toBe('Status value');
    expect(body.uploadedLogs).toEqual(contract.request.example.body.uploadedLogs);
  });
  test('any parameter value and the second documented path both match', () => {
    const other = answerRequest({ routes, clock: clock(), schemas }, { ...okRequest, url: `${base}/users/u-42/managedAppLogCollectionRequests/` });
    expect(other.status).toBe(201);
  });
});

describe('answerRequest: reading back what was created', () => {
  // Some pages document the POST path with a trailing key (`/journals/{id}`) while their example
  // posts to the collection; the mock's Location for such a create matches that template again.
  const keyed = contractFixture({ operation: { method: 'POST', paths: ['/financials/journals/{journalId}'], pathParameters: ['journalId'] } });
  const keyedRoutes = new MockRoutes([keyed]);

  test.each([
    ['a documented collection', routes, contract, okRequest.url],
    ['a documented path ending in a key', keyedRoutes, keyed, `${base}/financials/journals/mock-journalId`],
  ] as const)('%s: the Location answers GET with what the create answered; a GET of nothing created stays 405 or 404', (_name, table, created, url) => {
    const entities = new MockEntities();
    const context = { routes: table, clock: clock(), schemas, entities };
    const create = answerRequest(context, { ...okRequest, url, bodyText: JSON.stringify(created.request.example.body) });
    expect(create.status).toBe(201);
    const read = answerRequest(context, { ...okRequest, method: 'GET', url: create.headers.Location!, bodyText: '' });
    expect(read.status, read.body).toBe(200);
    expect(JSON.parse(read.body)).toEqual(JSON.parse(create.body));
    const nothing = answerRequest(context, { ...okRequest, method: 'GET', url: create.headers.Location!.replace(/'[^']+'/, "'no-such-id'"), bodyText: '' });
    expect([404, 405]).toContain(nothing.status);
  });
});
