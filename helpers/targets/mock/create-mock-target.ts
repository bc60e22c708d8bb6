// The default target: Graph's behaviour from the contracts, on nock, with no network at all.
import { AsyncLocalStorage } from 'node:async_hooks';
import nock from 'nock';
import { createSchemaValidator, type SchemaValidator } from '../../contract/compile-schema.ts';
import { systemClock as systemWaits } from '../../foundation/clock.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { createdEntityUrl } from '../created-entity-url.ts';
import { readUntilFound, type ReadPolling } from '../read-until-found.ts';
import { sendWithSupertest } from '../send-with-supertest.ts';
import type { CleanupResult, OutgoingRequest, ReadRequest, ReadResponse, Target, TargetResponse } from '../target-types.ts';
import { answerRequest } from './answer-request.ts';
import { interceptOrigin } from './intercept-origin.ts';
import { MockEntities } from './mock-entities.ts';
import { systemClock } from './mock-clock.ts';
import { MockAlreadyActiveError, MockUnhandledRequestError } from './mock-errors.ts';
import { MockRoutes } from './mock-routes.ts';
import { prepareMockRequest } from './prepare-mock-request.ts';
import type { MockClock, MockReply, MockRequest, ResponseTransformer, UnhandledRequestStrategy } from './mock-types.ts';

export interface MockTargetOptions {
  origin?: string;
  clock?: MockClock;
  transformResponse?: ResponseTransformer;
  onUnhandledRequest?: UnhandledRequestStrategy;
  /** The run's validator (and its compile cache); a mock of its own gets a fresh one. */
  schemas?: SchemaValidator;
  /** How a read that answers 404 is read again (GRAPH_READ_DEADLINE_MS); default 10 s on the system clock. */
  readPolling?: Partial<ReadPolling>;
}

/**
 * Plain HTTP on a reserved `.invalid` host: intercepting HTTPS costs a TLS context per
 * request (measured 1.5 vs 0.8 ms a request), and `.invalid` can never resolve, so a request
 * that somehow escaped nock could not reach anything, let alone the real Graph.
 */
export const DEFAULT_MOCK_ORIGIN = 'http://graph.mock.invalid';

/** What a real client adds inside its own HTTP layer, as the tenant client adds its token. */
const MOCK_AUTHORIZATION = 'Bearer mock-token';
const activeOrigins = new Set<string>();

export function createMockTarget(contracts: readonly Contract[], options: MockTargetOptions = {}): Target {
  const origin = options.origin ?? DEFAULT_MOCK_ORIGIN;
  if (activeOrigins.has(origin)) throw new MockAlreadyActiveError(origin);
  activeOrigins.add(origin);
  const clock = options.clock ?? systemClock;
  const entities = new MockEntities();
  const answering = { routes: new MockRoutes(contracts), clock, schemas: options.schemas ?? createSchemaValidator(), entities };
  const polling: ReadPolling = { clock: systemWaits, deadlineMs: 10_000, ...options.readPolling };
  // The contract each send was built from reaches the interceptor through the async context
  // of the send: nothing is added to the request, and nothing is looked up again.
  const sending = new AsyncLocalStorage<Contract>();
  const unhandled: string[] = [];
  const onNoMatch = (req: { method?: string; url?: string }) => {
    unhandled.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    if (options.onUnhandledRequest === 'warn') console.warn(`[mock] refused unhandled request ${req.method} ${req.url}`);
  };

  nock.emitter.on('no match', onNoMatch);
  const answer = (request: MockRequest, sender: Contract | undefined): MockReply => {
    const reply = answerRequest(answering, request, sender);
    return options.transformResponse ? options.transformResponse(reply, { request, contract: sender }) : reply;
  };
  const release = interceptOrigin(origin, (request) => answer(request, sending.getStore()));
  /**
   * The read check's GET, answered in process by the same answer and faults as over nock: the
   * create already goes over the wire, and a supertest round trip through the interceptor cost
   * about 2 ms of CPU a read (measured on 800 corpus paths), which the corpus gate's 1,556 reads
   * would add for nothing.
   */
  const getInProcess = async (url: string, contract: Contract): Promise<TargetResponse> => {
    const started = performance.now();
    const reply = answer({ method: 'GET', url, headers: { authorization: MOCK_AUTHORIZATION, accept: 'application/json' }, bodyText: '' }, contract);
    const headers = Object.fromEntries(Object.entries(reply.headers).map(([name, value]) => [name.toLowerCase(), value]));
    return { status: reply.status, headers, text: reply.body, retries: [], durationMs: performance.now() - started };
  };

  const throwIfUnhandled = () => {
    if (options.onUnhandledRequest !== 'warn' && unhandled.length > 0) throw new MockUnhandledRequestError([...unhandled]);
  };

  return {
    kind: 'mock',
    describe: () => `nock mock at ${origin}`,
    async prepare(contract, pathTemplate) {
      return prepareMockRequest(contract, pathTemplate);
    },
    async send(request: OutgoingRequest): Promise<TargetResponse> {
      throwIfUnhandled();
      const headers = { ...request.headers, Authorization: MOCK_AUTHORIZATION };
      return sending.run(request.contract, () => sendWithSupertest(`${origin}/${request.contract.apiVersion}`, { ...request, headers }));
    },
    async read(request: ReadRequest): Promise<ReadResponse> {
      throwIfUnhandled();
      const { create } = request;
      const url = createdEntityUrl(`${origin}/${create.contract.apiVersion}`, create, request.id, request.location);
      return readUntilFound(url, (next) => getInProcess(next, create.contract), polling);
    },
    async cleanup(): Promise<CleanupResult> {
      // The entities kept for reading back live in this process only: forgotten, no DELETE sent.
      throwIfUnhandled();
      entities.clear();
      return { deleted: 0, leftovers: [] };
    },
    async close() {
      nock.emitter.removeListener('no match', onNoMatch);
      release();
      activeOrigins.delete(origin);
    },
  };
}

