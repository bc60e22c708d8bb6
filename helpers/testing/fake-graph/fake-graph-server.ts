// A Graph-like server on 127.0.0.1 (ephemeral port) standing in for a tenant: the token
// endpoint at `/{tenant}/oauth2/v2.0/token`, Graph under `/beta` and `/v1.0`. Point both
// AZURE_AUTHORITY_HOST and GRAPH_BASE_URL at `url`. Tests read `store` and `log`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contract } from '../../foundation/contract-types.ts';
import { signJwt, type FakeClaims } from './fake-jwt.ts';
import { buildFakeRoutes } from './fake-routes.ts';
import { FakeStore } from './fake-store.ts';
import { DEFAULT_SWITCHES, type FakeSwitches } from './fake-switches.ts';
import { graphError, sendJson } from './fake-http.ts';
import { handleGraphRequest, type GraphContext } from './graph-endpoint.ts';
import { sampleCsdl } from './sample-metadata.ts';
import { handleTokenRequest, type FakeApp, type TokenState } from './token-endpoint.ts';

export interface FakeGraphOptions extends Partial<Omit<FakeApp, 'scope'>> {
  contracts: Contract[];
  switches?: Partial<FakeSwitches>;
  /** The CSDL at /{version}/$metadata (default: sample-metadata.ts); null: none (404). */
  metadata?: string | null;
  metadataFault?: 'down' | 'hang';
}

export interface FakeGraph {
  url: string;
  app: FakeApp;
  store: FakeStore;
  switches: FakeSwitches;
  counters: GraphContext['counters'];
  /** How many tokens the token endpoint has issued. */
  tokensIssued(): number;
  /** The tokens themselves, to search outputs for. */
  issuedTokens(): string[];
  /** Every request as `METHOD /path?query`, in arrival order. */
  log: string[];
  /** Arrival times (ms) of the Graph writes (POST, DELETE), for the write rate a run achieved. */
  writeTimes: number[];
  /** A token as a user's delegated one would look (`scp`), for GRAPH_ACCESS_TOKEN runs. */
  mintToken(claims: FakeClaims): string;
  /** A temporary GRAPH_JOURNAL_DIR for the runs against this fake (tenantEnvFor sets it); removed by close(). */
  journalDir: string;
  close(): Promise<void>;
}

export async function startFakeGraph(options: FakeGraphOptions): Promise<FakeGraph> {
  const app: FakeApp = {
    tenantId: options.tenantId ?? '11111111-2222-3333-4444-555555555555',
    clientId: options.clientId ?? 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    clientSecret: options.clientSecret ?? `fake-secret-${randomBytes(12).toString('hex')}`,
    roles: options.roles ?? ['DeviceManagementApps.ReadWrite.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    // The fake plays the global cloud: the scope is Graph's, whatever host it listens on.
    scope: 'https://graph.microsoft.com/.default',
  };
  const switches: FakeSwitches = { ...DEFAULT_SWITCHES, ...options.switches };
  const tokens: TokenState = { key: randomBytes(32).toString('hex'), generation: 0, issued: [] };
  const ctx: GraphContext = {
    routes: buildFakeRoutes(options.contracts),
    store: new FakeStore(),
    switches,
    tokens,
    ...(options.metadata === null ? {} : { metadata: options.metadata ?? sampleCsdl() }),
    ...(options.metadataFault ? { metadataFault: options.metadataFault } : {}),
    counters: { graphRequests: 0, throttled: 0, unavailable: 0, unauthorized: 0, refused: 0 },
  };
  const log: string[] = [];
  const writeTimes: number[] = [];
  const journalDir = mkdtempSync(join(tmpdir(), 'gc-fake-journal-'));

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    log.push(`${request.method} ${url.pathname}${url.search}`);
    const tokenPath = url.pathname.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/);
    const graphPath = url.pathname.match(/^\/(beta|v1\.0)(\/.*)$/);
    if (graphPath && (request.method === 'POST' || request.method === 'DELETE')) writeTimes.push(Date.now());
    const work = tokenPath && request.method === 'POST'
      ? handleTokenRequest(request, response, decodeURIComponent(tokenPath[1]!), app, tokens, switches)
      : graphPath
        ? handleGraphRequest(request, response, graphPath[2]!, url, ctx)
        : Promise.resolve(sendJson(response, 404, graphError('BadRequest', `Invalid version or path: ${url.pathname}`)));
    work.catch((error: unknown) => sendJson(response, 500, graphError('InternalServerError', String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store: ctx.store,
    switches,
    counters: ctx.counters,
    tokensIssued: () => tokens.issued.length,
    issuedTokens: () => [...tokens.issued],
    log,
    writeTimes,
    journalDir,
    mintToken: (claims) => signJwt({ tid: app.tenantId, gen: tokens.generation, exp: Math.floor(Date.now() / 1000) + 3600, ...claims }, tokens.key),
    close: () => new Promise((resolve, reject) => {
      rmSync(journalDir, { recursive: true, force: true });
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
