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
  test('prepare fills placeholders and drops the stale Content-length', async () => {
    const prepared = await target.prepare(contract, contract.operation.paths[0]!);
    if (prepared.skip) throw new Error(prepared.reason);
    expect(prepared.request.path).toBe('/deviceAppManagement/managedAppRegistrations/mock-managedAppRegistrationId/managedAppLogCollectionRequests');
    expect(Object.keys(prepared.request.headers).map((h) => h.toLowerCase()).sort()).toEqual(['authorization', 'content-type', 'x-mock-contract']);
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
