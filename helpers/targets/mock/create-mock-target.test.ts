// The nock wiring end to end: supertest -> nock -> answerRequest, and nothing else gets out.
import { createHook } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import request from 'supertest';
import { contractFixture } from '../../testing/contract-fixture.ts';
import type { Target } from '../target-types.ts';
import { createMockTarget } from './create-mock-target.ts';
import { MockAlreadyActiveError, MockUnhandledRequestError } from './mock-errors.ts';

const contract = contractFixture();
let target: Target;
beforeAll(() => {
  target = createMockTarget([contract]);
});
afterAll(async () => {
  await target.close();
});

describe('createMockTarget', () => {
  test('prepare fills placeholders; the request the spec sees carries no credentials', async () => {
    const prepared = await target.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error(prepared.reason);
    expect(prepared.request.path).toBe('/deviceAppManagement/managedAppRegistrations/mock-managedAppRegistrationId/managedAppLogCollectionRequests');
    expect(Object.keys(prepared.request.headers).map((h) => h.toLowerCase()).sort()).toEqual(['content-type']);
  });

  test('send returns the created entity as raw text with Graph headers', async () => {
    const prepared = await target.prepare(contract, contract.operation.paths[1]!);
    if (prepared.skip) throw new Error(prepared.reason);
    const response = await target.send(prepared.request);
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toContain('odata.metadata=minimal');
    expect(JSON.parse(response.text).status).toBe('Status value');
  });

  test('answered requests leave no open TCP handle behind (the interceptor leaks one each)', async () => {
    const prepared = await target.prepare(contract, contract.operation.paths[1]!);
    if (prepared.skip) throw new Error(prepared.reason);
    const open = new Set<number>();
    const hook = createHook({
      init: (id, type) => void (type === 'TCPWRAP' && open.add(id)),
      destroy: (id) => void open.delete(id),
    }).enable();
    try {
      for (let i = 0; i < 5; i++) await target.send(prepared.request);
      // Closed handles are destroyed in a later turn of the event loop.
      await vi.waitFor(() => expect(open.size).toBe(0), { timeout: 1000 });
    } finally {
      hook.disable();
    }
  });

  test('a second mock on the same origin is refused', () => {
    expect(() => createMockTarget([contract])).toThrow(MockAlreadyActiveError);
  });

  test('other hosts are refused and reported as unhandled', async () => {
    await expect(request('https://example.com').get('/')).rejects.toThrow();
    await expect(target.cleanup()).rejects.toBeInstanceOf(MockUnhandledRequestError);
  });
});

describe('several contracts on one URL (a page and its rewrite)', () => {
  test('each request is answered by the contract it was built from, with nothing added to the wire', async () => {
    const rewrite = { ...contractFixture(), resource: 'rewrittenResource', source: { ...contract.source, file: 'rewrite.md' } };
    const both = createMockTarget([contract, rewrite], { origin: 'http://two.mock.invalid' });
    try {
      const contexts = await Promise.all([contract, rewrite, contract].map(async (c) => {
        const prepared = await both.prepare(c, c.operation.paths[0]!);
        if (prepared.skip) throw new Error(prepared.reason);
        return JSON.parse((await both.send(prepared.request)).text)['@odata.context'] as string;
      }));
      expect(contexts.map((url) => url.split('#')[1])).toEqual([`${contract.resource}/$entity`, 'rewrittenResource/$entity', `${contract.resource}/$entity`]);
    } finally {
      await both.close();
    }
  });
});

describe('reading created entities back', () => {
  const polling = { deadlineMs: 60, firstWaitMs: 5, maxWaitMs: 20 };

  async function created(mock: Target) {
    const prepared = await mock.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error(prepared.reason);
    const response = await mock.send(prepared.request);
    return { create: prepared.request, response, id: JSON.parse(response.text).id as string };
  }

  test('a GET answers what the create answered, by its Location or by the path with /{id}', async () => {
    const mock = createMockTarget([contract], { origin: 'http://read.mock.invalid', readPolling: polling });
    try {
      const { create, response, id } = await created(mock);
      const byLocation = await mock.read({ create, id, location: response.headers.location! });
      expect(byLocation).toMatchObject({ status: 200, appearedAfterMs: 0, url: `http://read.mock.invalid/beta${create.path}('${id}')` });
      expect(JSON.parse(byLocation.text)).toEqual(JSON.parse(response.text));
      const byPath = await mock.read({ create, id });
      expect(byPath.url).toBe(`http://read.mock.invalid/beta${create.path}/${id}`);
      expect(byPath.text).toBe(response.text);
      // The target reads in process; over the wire the mock answers the same.
      const wire = await request('http://read.mock.invalid').get(`/beta${create.path}/${id}`).set('Authorization', 'Bearer t');
      expect(wire.status).toBe(200);
      expect(wire.body).toEqual(JSON.parse(response.text));
    } finally {
      await mock.close();
    }
  });

  test('an id it never created is a 404 once the deadline has passed, the polls kept as retries; cleanup forgets every entity', async () => {
    const mock = createMockTarget([contract], { origin: 'http://read2.mock.invalid', readPolling: polling });
    try {
      const { create, id } = await created(mock);
      const unknown = await mock.read({ create, id: 'never-created' });
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.text).error.code).toBe('ResourceNotFound');
      expect(unknown.appearedAfterMs).toBeGreaterThanOrEqual(polling.deadlineMs);
      expect(unknown.retries.length).toBeGreaterThan(1);
      expect(unknown.retries.every((retry) => retry.status === 404)).toBe(true);
      await mock.cleanup();
      expect((await mock.read({ create, id })).status).toBe(404);
    } finally {
      await mock.close();
    }
  });
});
