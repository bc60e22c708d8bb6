// The Graph side of the fake: bearer check, the misbehaviour switches, then create / list /
// read / delete over the routes built from the contracts. Anything else is a 404, as on Graph.
import { isJsonObject } from '../../foundation/json-object.ts';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { graphError, readBody, sendJson } from './fake-http.ts';
import { verifyJwt, type FakeClaims } from './fake-jwt.ts';
import { fixtureId, type FakeRoutes } from './fake-routes.ts';
import type { FakeStore } from './fake-store.ts';
import type { FakeSwitches } from './fake-switches.ts';
import type { TokenState } from './token-endpoint.ts';
import { createdAnswer, intuneRefusal } from './intune-behaviours.ts';
import { readAnswer } from './read-behaviours.ts';

export interface GraphContext {
  routes: FakeRoutes;
  store: FakeStore;
  switches: FakeSwitches;
  tokens: TokenState;
  /** The CSDL served at /{version}/$metadata; undefined: 404, as if the service had none. */
  metadata?: string;
  /** An outage of $metadata alone: `down` answers 503 every time, `hang` never answers. */
  metadataFault?: 'down' | 'hang';
  counters: { graphRequests: number; throttled: number; unavailable: number; unauthorized: number; refused: number };
}

export async function handleGraphRequest(request: IncomingMessage, response: ServerResponse, path: string, url: URL, ctx: GraphContext): Promise<void> {
  const { switches, counters } = ctx;
  const n = ++counters.graphRequests;
  // Read as it arrives, as a service does: a slow answer still creates after the client gave up.
  const body = request.method === 'POST' ? readBody(request) : Promise.resolve('');
  body.catch(() => undefined);
  if (switches.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
  if (switches.expireTokensAfter > 0 && n === switches.expireTokensAfter + 1) ctx.tokens.generation += 1;

  const claims = authenticate(request.headers.authorization, ctx.tokens);
  if (!claims) {
    counters.unauthorized += 1;
    return sendJson(response, 401, graphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
  }
  if (switches.throttleEvery > 0 && n % switches.throttleEvery === 0) {
    counters.throttled += 1;
    const headers: Record<string, string> = switches.retryAfter === null ? {} : { 'retry-after': switches.retryAfter };
    return sendJson(response, 429, graphError('TooManyRequests', 'Too many requests.', true), headers);
  }
  for (const [every, status] of [[switches.unavailableEvery, 503], [switches.gatewayTimeoutEvery, 504]] as const) {
    if (every > 0 && n % every === 0) {
      counters.unavailable += 1;
      return sendJson(response, status, graphError('ServiceUnavailable', 'The service is temporarily unavailable.', true));
    }
  }

  if (request.method === 'POST') return create(request, response, path, claims, ctx, body);
  if (request.method === 'GET' && path === '/$metadata') return serveMetadata(response, ctx.metadata, ctx.metadataFault);
  if (request.method === 'GET' && !ctx.routes.createRouteFor(path) && !ctx.routes.isParentCollection(path)) return read(response, path, ctx);
  if (request.method === 'GET') return list(response, path, url, `http://${request.headers.host ?? '127.0.0.1'}`, ctx);
  if (request.method === 'DELETE') return remove(response, path, ctx);
  sendJson(response, 405, graphError('MethodNotAllowed', `${request.method} is not supported by the fake.`));
}

function serveMetadata(response: ServerResponse, metadata: string | undefined, fault: GraphContext['metadataFault']): void {
  if (fault === 'hang') return;
  if (fault === 'down') return sendJson(response, 503, graphError('ServiceUnavailable', 'The $metadata service is down.'));
  if (metadata === undefined) return sendJson(response, 404, graphError('ResourceNotFound', 'No $metadata on this fake.'));
  response.writeHead(200, { 'content-type': 'application/xml' });
  response.end(metadata);
}

function authenticate(header: string | undefined, tokens: TokenState): FakeClaims | undefined {
  const token = header?.match(/^Bearer (.+)$/)?.[1];
  const claims = token ? verifyJwt(token, tokens.key) : undefined;
  if (!claims || Number(claims.exp) * 1000 <= Date.now() || Number(claims.gen) < tokens.generation) return undefined;
  return claims;
}

async function create(request: IncomingMessage, response: ServerResponse, path: string, claims: FakeClaims, ctx: GraphContext, text: Promise<string>): Promise<void> {
  if (ctx.switches.echoAuthorization) {
    return sendJson(response, 400, graphError('BadRequest', `Cannot use the header "Authorization: ${request.headers.authorization ?? ''}" for ${path}.`));
  }
  const route = ctx.routes.createRouteFor(path);
  if (!route) return sendJson(response, 404, graphError('ResourceNotFound', `No create endpoint at ${path}.`));
  const { permissions } = route.contract;
  const held = [...asList(claims.roles), ...String(claims.scp ?? '').split(' ')];
  if (![...permissions.application, ...permissions.delegatedWork].some((p) => held.includes(p))) {
    return sendJson(response, 403, graphError('Forbidden', `Application is not authorized to perform this operation at ${path}.`, true));
  }
  let body: JsonValue;
  try {
    body = JSON.parse(await text) as JsonValue;
  } catch {
    return sendJson(response, 400, graphError('BadRequest', 'The request body is not JSON.', true));
  }
  if (!isJsonObject(body)) return sendJson(response, 400, graphError('BadRequest', 'Expected a JSON object.', true));
  const behaviour = ctx.switches.intune(route.contract);
  const refusal = behaviour ? intuneRefusal(behaviour, route.contract, path, body) : undefined;
  if (refusal) {
    ctx.counters.refused += 1;
    return sendJson(response, refusal.status, refusal.body);
  }
  const entity = { ...route.contract.response.example.body, ...body, id: randomUUID() };
  const answered = ctx.switches.breakCreates ? breakTypes(entity) : createdAnswer(behaviour, route.contract, entity);
  ctx.store.add(path, entity, answered);
  sendJson(response, ctx.switches.breakCreates ? 200 : 201, answered);
}

/** `GET {collection}/{id}`: what the create answered, unless a switch says otherwise. */
function read(response: ServerResponse, path: string, ctx: GraphContext): void {
  const cut = path.lastIndexOf('/');
  const collection = path.slice(0, cut);
  const route = ctx.routes.createRouteFor(collection);
  let id: string;
  try {
    id = decodeURIComponent(path.slice(cut + 1));
  } catch {
    id = '';
  }
  const stored = route ? ctx.store.read(collection, id) : undefined;
  if (!route || !stored || Date.now() - stored.createdAt < ctx.switches.readNotFoundForMs) {
    return sendJson(response, 404, graphError('ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`));
  }
  sendJson(response, 200, readAnswer(stored.answered, ctx.switches.readBreaks(route.contract), ctx.switches.readNullsSecrets));
}

/** Pages of `$top` (Graph's default page size, 100, without one), each but the last with an `@odata.nextLink`, as Graph pages. */
function list(response: ServerResponse, path: string, url: URL, origin: string, ctx: GraphContext): void {
  const top = Number(url.searchParams.get('$top') ?? '100');
  const skip = Number(url.searchParams.get('$skip') ?? '0');
  const isCollection = ctx.routes.createRouteFor(path) !== undefined;
  const isParent = ctx.routes.isParentCollection(path);
  if (!isCollection && !isParent) return sendJson(response, 404, graphError('ResourceNotFound', `No collection at ${path}.`));
  // A path can be both (managedAppRegistrations): its fixture member comes first, as pre-existing data would.
  const fixtures = isParent && !ctx.switches.emptyCollections.includes(path) ? [{ id: fixtureId(path) }] : [];
  const members = [...fixtures, ...ctx.store.list(path)];
  // Discovery's `$top=1` wants the first member only, as Graph gives it: no next page.
  const more = skip + top < members.length && !url.searchParams.has('$top');
  const next = new URL(`${origin}${url.pathname}${url.search}`);
  next.searchParams.set('$skip', String(skip + top));
  sendJson(response, 200, { value: members.slice(skip, skip + top), ...(more ? { '@odata.nextLink': next.toString() } : {}) });
}

function remove(response: ServerResponse, path: string, ctx: GraphContext): void {
  const cut = path.lastIndexOf('/');
  const collection = path.slice(0, cut);
  const id = decodeURIComponent(path.slice(cut + 1));
  if (ctx.switches.refuseDeleteIds.includes(id)) return sendJson(response, 403, graphError('Forbidden', `Deleting ${id} is not allowed.`));
  if (!ctx.routes.createRouteFor(collection) || !ctx.store.remove(collection, id)) {
    return sendJson(response, 404, graphError('ResourceNotFound', `No entity ${id} in ${collection}.`, true));
  }
  response.writeHead(204).end();
}

/** Every string becomes a number: schema and echo checks must notice. */
function breakTypes(entity: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(entity).map(([key, value]) => [key, typeof value === 'string' && key !== 'id' ? 42 : value]));
}

function asList(value: FakeClaims[string] | undefined): string[] {
  return Array.isArray(value) ? value : [];
}
