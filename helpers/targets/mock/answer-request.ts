// The mock's behaviour, as a pure function from request to reply, in the order Graph
// applies its rules: authentication, route, method, media type, body, then create.
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';
import type { SchemaValidator } from '../../contract/compile-schema.ts';
import { createdEntity } from './created-entity.ts';
import { graphErrorReply } from './graph-error.ts';
import { routeForBody, type MockRoutes } from './mock-routes.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockClock, type MockReply, type MockRequest } from './mock-types.ts';

export interface MockAnswerContext {
  routes: MockRoutes;
  clock: MockClock;
  schemas: SchemaValidator;
}

/** `sender`: the contract the mock target built this request from, when it did. */
export function answerRequest({ routes, clock, schemas }: MockAnswerContext, request: MockRequest, sender?: Contract): MockReply {
  const clientRequestId = request.headers['client-request-id'] ?? clock.newGuid();
  const error = (status: number, code: string, message: string) => graphErrorReply(status, code, message, clock, clientRequestId);

  if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) {
    return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }
  const url = new URL(request.url);
  const [, version = '', ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  const match = routes.match(version, path, request.method);
  if (match.kind === 'not-found') return error(404, 'ResourceNotFound', `Resource not found for the segment '${path}' in version '${version}'.`);
  if (match.kind === 'wrong-method') {
    return { ...error(405, 'MethodNotAllowed', `${request.method} is not allowed on ${path}; allowed: ${match.allowed.join(', ')}.`) };
  }
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return error(415, 'UnsupportedMediaType', `Content-Type '${request.headers['content-type'] ?? ''}' is not supported; send application/json.`);
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
  return {
    status: contract.response.status,
    headers: {
      'Content-Type': GRAPH_JSON_CONTENT_TYPE,
      'request-id': clock.newGuid(),
      'client-request-id': clientRequestId,
      Location: `${url.origin}${url.pathname}('${String(entity.id ?? '')}')`,
    },
    body: JSON.stringify(entity),
  };
}
