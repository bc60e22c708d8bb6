// The default target: Graph's behaviour from the contracts, on nock, with no network at all.
import { AsyncLocalStorage } from 'node:async_hooks';
import nock from 'nock';
import { createSchemaValidator, type SchemaValidator } from '../../contract/compile-schema.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { fillPathTemplate } from '../../foundation/path-template.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import { sendWithSupertest } from '../send-with-supertest.ts';
import type { CleanupResult, OutgoingRequest, Target, TargetResponse } from '../target-types.ts';
import { answerRequest } from './answer-request.ts';
import { systemClock } from './mock-clock.ts';
import { MockAlreadyActiveError, MockUnhandledRequestError } from './mock-errors.ts';
import { MockRoutes } from './mock-routes.ts';
import type { MockClock, MockReply, MockRequest, ResponseTransformer, UnhandledRequestStrategy } from './mock-types.ts';

export interface MockTargetOptions {
  origin?: string;
  clock?: MockClock;
  transformResponse?: ResponseTransformer;
  onUnhandledRequest?: UnhandledRequestStrategy;
  /** The run's validator (and its compile cache); a mock of its own gets a fresh one. */
  schemas?: SchemaValidator;
}

/**
 * Plain HTTP on a reserved `.invalid` host: intercepting HTTPS costs a TLS context per
 * request (measured 1.5 vs 0.8 ms a request), and `.invalid` can never resolve, so a request
 * that somehow escaped nock could not reach anything, let alone the real Graph.
 */
export const DEFAULT_MOCK_ORIGIN = 'http://graph.mock.invalid';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** What a real client adds inside its own HTTP layer, as the tenant client adds its token. */
const MOCK_AUTHORIZATION = 'Bearer mock-token';
const activeOrigins = new Set<string>();

export function createMockTarget(contracts: readonly Contract[], options: MockTargetOptions = {}): Target {
  const origin = options.origin ?? DEFAULT_MOCK_ORIGIN;
  if (activeOrigins.has(origin)) throw new MockAlreadyActiveError(origin);
  activeOrigins.add(origin);
  const clock = options.clock ?? systemClock;
  const answering = { routes: new MockRoutes(contracts), clock, schemas: options.schemas ?? createSchemaValidator() };
  // The contract each send was built from reaches the interceptor through the async context
  // of the send: nothing is added to the request, and nothing is looked up again.
  const sending = new AsyncLocalStorage<Contract>();
  const unhandled: string[] = [];
  const onNoMatch = (req: { method?: string; url?: string }) => {
    unhandled.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    if (options.onUnhandledRequest === 'warn') console.warn(`[mock] refused unhandled request ${req.method} ${req.url}`);
  };

  nock.disableNetConnect();
  nock.emitter.on('no match', onNoMatch);
  const scope = nock(origin).persist();
  for (const method of METHODS) {
    scope.intercept(() => true, method).reply(async (req: Request) => {
      const request = await toMockRequest(req);
      const sender = sending.getStore();
      let reply: MockReply = answerRequest(answering, request, sender);
      if (options.transformResponse) reply = options.transformResponse(reply, { request, contract: sender });
      return [reply.status, reply.body, reply.headers] as const;
    });
  }

  const throwIfUnhandled = () => {
    if (options.onUnhandledRequest !== 'warn' && unhandled.length > 0) throw new MockUnhandledRequestError([...unhandled]);
  };

  return {
    kind: 'mock',
    describe: () => `nock mock at ${origin}`,
    async prepare(contract, pathTemplate) {
      // Any value matches a route; the placeholder names the parameter so failures read well.
      const values = Object.fromEntries(contract.operation.pathParameters.map((name) => [name, `mock-${name}`]));
      const filled = fillPathTemplate(pathTemplate, values);
      if ('missing' in filled) return { skip: true, reason: `No value for the path ${filled.missing.length === 1 ? 'parameter' : 'parameters'} ${filled.missing.join(', ')} of ${pathTemplate}.` };
      return { skip: false, request: buildOutgoingRequest(contract, pathTemplate, filled.path) };
    },
    async send(request: OutgoingRequest): Promise<TargetResponse> {
      throwIfUnhandled();
      const headers = { ...request.headers, Authorization: MOCK_AUTHORIZATION };
      return sending.run(request.contract, () => sendWithSupertest(`${origin}/${request.contract.apiVersion}`, { ...request, headers }));
    },
    async read(request) {
      // GET of the created entity as the mock's routes answer it (issue 22 teaches the mock to read back what it created).
      const url = request.location ?? `${origin}/${request.create.contract.apiVersion}${request.create.path}/${encodeURIComponent(request.id)}`;
      const started = performance.now();
      const response = await sending.run(request.create.contract, () => fetch(url, { headers: { accept: 'application/json', authorization: MOCK_AUTHORIZATION } }));
      const text = await response.text();
      return { status: response.status, headers: Object.fromEntries(response.headers), text, retries: [], durationMs: performance.now() - started, url, appearedAfterMs: 0 };
    },
    async cleanup(): Promise<CleanupResult> {
      // The mock keeps no state between requests, so there is nothing to delete.
      throwIfUnhandled();
      return { deleted: 0, leftovers: [] };
    },
    async close() {
      nock.emitter.removeListener('no match', onNoMatch);
      nock.cleanAll();
      nock.enableNetConnect();
      activeOrigins.delete(origin);
    },
  };
}

async function toMockRequest(req: Request): Promise<MockRequest> {
  // fromEntries defines own properties: a header named `__proto__` stays a header.
  const headers: Record<string, string> = Object.fromEntries([...req.headers].map(([name, value]) => [name.toLowerCase(), value]));
  return { method: req.method, url: req.url, headers, bodyText: await req.text() };
}
