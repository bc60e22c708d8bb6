// The default target: Graph's behaviour from the contracts, on nock, with no network at all.
import './promise-with-resolvers.ts';
import nock from 'nock';
import type { Contract, JsonValue } from '../../foundation/contract-types.ts';
import { buildOutgoingRequest } from '../build-outgoing-request.ts';
import { sendWithSupertest } from '../send-with-supertest.ts';
import type { CleanupResult, OutgoingRequest, Target, TargetResponse } from '../target-types.ts';
import { answerRequest } from './answer-request.ts';
import { systemClock } from './mock-clock.ts';
import { MockAlreadyActiveError, MockUnhandledRequestError } from './mock-errors.ts';
import { CONTRACT_HINT_HEADER, MockRoutes, routeForBody } from './mock-routes.ts';
import type { MockClock, MockReply, MockRequest, ResponseTransformer, UnhandledRequestStrategy } from './mock-types.ts';

export interface MockTargetOptions {
  origin?: string;
  clock?: MockClock;
  transformResponse?: ResponseTransformer;
  onUnhandledRequest?: UnhandledRequestStrategy;
}

/**
 * Plain HTTP on a reserved `.invalid` host: intercepting HTTPS costs a TLS context per
 * request (measured 1.5 vs 0.8 ms a request), and `.invalid` can never resolve, so a request
 * that somehow escaped nock could not reach anything, let alone the real Graph.
 */
export const DEFAULT_MOCK_ORIGIN = 'http://graph.mock.invalid';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const activeOrigins = new Set<string>();

export function createMockTarget(contracts: readonly Contract[], options: MockTargetOptions = {}): Target {
  const origin = options.origin ?? DEFAULT_MOCK_ORIGIN;
  if (activeOrigins.has(origin)) throw new MockAlreadyActiveError(origin);
  activeOrigins.add(origin);
  const clock = options.clock ?? systemClock;
  const routes = new MockRoutes(contracts);
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
      let reply: MockReply = answerRequest(routes, request, clock);
      if (options.transformResponse) reply = options.transformResponse(reply, { request, contract: routeContract(routes, request) });
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
      const prepared = buildOutgoingRequest(contract, pathTemplate, values, 'Bearer mock-token');
      if (!prepared.skip) prepared.request.headers[CONTRACT_HINT_HEADER] = contract.source.file;
      return prepared;
    },
    async send(request: OutgoingRequest): Promise<TargetResponse> {
      throwIfUnhandled();
      return sendWithSupertest(`${origin}/${request.contract.apiVersion}`, request);
    },
    recordCreated(_request: OutgoingRequest, _body: JsonValue | undefined) {
      // The mock keeps no state between requests, so there is nothing to delete.
    },
    async cleanup(): Promise<CleanupResult> {
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
  const headers: Record<string, string> = {};
  req.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return { method: req.method, url: req.url, headers, bodyText: await req.text() };
}

function routeContract(routes: MockRoutes, request: MockRequest): Contract | undefined {
  const url = new URL(request.url);
  const [, version = '', ...rest] = url.pathname.split('/');
  const match = routes.match(version, `/${rest.join('/')}`, request.method);
  if (match.kind !== 'found') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(request.bodyText);
  } catch {
    body = undefined;
  }
  return routeForBody(match.routes, body, request.headers[CONTRACT_HINT_HEADER]).contract;
}
