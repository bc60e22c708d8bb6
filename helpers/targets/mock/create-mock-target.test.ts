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
