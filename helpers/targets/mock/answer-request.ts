// The mock's behaviour, as a function from request to reply, in the order Graph applies its
// rules: authentication, route (or the read of a created entity), method, media type, body,
// then create, which the entities store keeps for reading back.
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';
import { jsonDepthExceededAt, MAX_JSON_DEPTH } from '../../foundation/json-depth.ts';
import type { SchemaValidator } from '../../contract/compile-schema.ts';
import { answerRead } from './answer-read.ts';
import { createdEntity } from './created-entity.ts';
import { graphErrorReply } from './graph-error.ts';
import type { MockEntities } from './mock-entities.ts';
import { routeForBody, type MockRoutes } from './mock-routes.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockClock, type MockReply, type MockRequest } from './mock-types.ts';

export interface MockAnswerContext {
  routes: MockRoutes;
  clock: MockClock;
  schemas: SchemaValidator;
  /** Where creates are kept for reading back; absent, the mock remembers nothing and a read is a 404. */
  entities?: MockEntities;
}

type ErrorReply = (status: number, code: string, message: string) => MockReply;

/** `sender`: the contract the mock target built this request from, when it did. */
export function answerRequest(context: MockAnswerContext, request: MockRequest, sender?: Contract): MockReply {
  const clientRequestId = (Object.hasOwn(request.headers, 'client-request-id') ? request.headers['client-request-id'] : undefined) ?? context.clock.newGuid();
  const error: ErrorReply = (status, code, message) => graphErrorReply(status, code, message, context.clock, clientRequestId);
  try {
    return answer(context, request, sender, clientRequestId, error);
  } catch (failure) {
    // A request the mock cannot handle still gets an answer, as Graph's would: a thrown
    // reply callback made nock drop the connection, which no check can read.
    const reason = failure instanceof Error ? failure.message.split('\n')[0] : String(failure);
    return error(500, 'InternalServerError', `The mock failed to answer this request: ${reason}`);
  }
}

function answer({ routes, clock, schemas, entities }: MockAnswerContext, request: MockRequest, sender: Contract | undefined, clientRequestId: string, error: ErrorReply): MockReply {
  if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) {
    return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }
  const url = new URL(request.url);
  const [, version = '', ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  const match = routes.match(version, path, request.method);
  const notFound = () => error(404, 'ResourceNotFound', `Resource not found for the segment '${path}' in version '${version}'.`);
  const wrongMethod = () => error(405, 'MethodNotAllowed', `${request.method} is not allowed on ${path}; allowed: ${match.kind === 'wrong-method' ? match.allowed.join(', ') : ''}.`);
  // A GET may name an entity a create made: on a path no create documents, and also on one a
  // create's template matches, as `/journals/{id2}` matches `/journals/x('<new id>')`, the
  // mock's own Location for a page that documents its POST path with a trailing key.
  if (request.method === 'GET' && match.kind !== 'found') {
    return answerRead(entities, version, path, { 'request-id': clock.newGuid(), 'client-request-id': clientRequestId }, match.kind === 'not-found' ? notFound : wrongMethod);
  }
  if (match.kind === 'not-found') return notFound();
  if (match.kind === 'wrong-method') return wrongMethod();
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return error(415, 'UnsupportedMediaType', `Content-Type '${request.headers['content-type'] ?? ''}' is not supported; send application/json.`);
  }
  // Refused before parsing: the schema check and the echoed entity walk bodies recursively.
  if (jsonDepthExceededAt(request.bodyText) !== undefined) {
    return error(400, 'BadRequest', `Invalid request body: JSON nested deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(request.bodyText);
  } catch {
    return error(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
  const { contract } = routeForBody(match.routes, body, sender);
  const [first] = schemas.errors(contract.request.schema, body);
  if (first) {
    return error(400, 'BadRequest', `Invalid request body: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}.`);
  }
  const contextUrl = `${url.origin}/${version}/$metadata#${contract.resource}/$entity`;
  const entity = createdEntity(contract, body as JsonObject, clock, contextUrl);
  const id = String(entity.id ?? '');
  const json = JSON.stringify(entity);
  entities?.add(version, path, id, json);
  return {
    status: contract.response.status,
    headers: {
      'Content-Type': GRAPH_JSON_CONTENT_TYPE,
      'request-id': clock.newGuid(),
      'client-request-id': clientRequestId,
      // OData's key syntax, quotes doubled, as Graph writes it.
      Location: `${url.origin}${url.pathname}('${id.replace(/'/g, "''")}')`,
    },
    body: json,
  };
}
