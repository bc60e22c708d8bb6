// How the live Intune service answers a create where fake-graph would accept the documented
// example: switchable per contract (FakeSwitches.intune), so a test can make a share of the
// contracts behave like the real service and assert the class each path ends in. The
// answers are shaped like the service's (Graph's envelope, Intune's JSON inside `message`);
// their wording is ours.
import { createHash } from 'node:crypto';
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { graphError } from './fake-http.ts';

export const INTUNE_BEHAVIOURS = {
  'refuse-placeholder': { status: 400, what: "400 ModelValidationFailure, Intune JSON message naming the first field holding a generated placeholder ('X value', a zero GUID, '<Unknown Primitive Type ...>')" },
  'unresolved-odata-type': { status: 400, what: "400 BadRequest, OData's 'A type named ... could not be resolved by the model' for @odata.type" },
  'no-route': { status: 400, what: "400 'No method match route template': a collection the service fills itself" },
  'method-not-allowed': { status: 405, what: '405 MethodNotAllowed on the collection' },
  'not-implemented': { status: 501, what: '501 NotImplemented' },
  'collection-missing': { status: 404, what: '404 ResourceNotFound for the collection' },
  'not-licensed': { status: 403, what: "403 Forbidden, Intune JSON 'Application is not authorized to perform this operation'" },
  'unavailable': { status: 503, what: '503 ServiceUnavailable on every attempt, no Retry-After' },
  'server-values': { status: 201, what: "201, but read-only fields sent are replaced by the server's values, unset properties come back null, an undocumented property is added, keys in another order" },
  // Not a refusal but a break: the one behaviour here that must fail the contract.
  'broken-echo': { status: 201, what: '201 with the first echoed plain String field changed: a contract the service broke' },
} as const;

export type IntuneBehaviour = keyof typeof INTUNE_BEHAVIOURS;
export type IntuneBehaviourOf = (contract: Contract) => IntuneBehaviour | undefined;

export const REFUSING_BEHAVIOURS = (Object.keys(INTUNE_BEHAVIOURS) as IntuneBehaviour[]).filter((b) => INTUNE_BEHAVIOURS[b].status !== 201);

/** The refusal for a create, or undefined when the behaviour lets it through. */
export function intuneRefusal(behaviour: IntuneBehaviour, contract: Contract, path: string, body: JsonObject): { status: number; body: JsonValue } | undefined {
  const type = `microsoft.graph.${contract.resource}`;
  switch (behaviour) {
    case 'refuse-placeholder': {
      const field = placeholderField(body) ?? Object.keys(body).find((k) => !k.startsWith('@')) ?? 'id';
      return { status: 400, body: graphError('ModelValidationFailure', `Invalid value '${String(body[field] ?? '')}' for property '${field}' of type '${type}'.`, true) };
    }
    case 'unresolved-odata-type':
      return { status: 400, body: graphError('BadRequest', `A type named '${String(body['@odata.type'] ?? type).replace(/^#/, '')}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`) };
    case 'no-route':
      return { status: 400, body: graphError('No method match route template', `No OData route exists that match template ~/singleton/navigation/key/navigation with http verb POST for request ${path}.`) };
    case 'method-not-allowed':
      return { status: 405, body: graphError('MethodNotAllowed', "The requested resource does not support http method 'POST'.") };
    case 'not-implemented':
      return { status: 501, body: graphError('NotImplemented', 'The method or operation is not implemented.', true) };
    case 'collection-missing':
      return { status: 404, body: graphError('ResourceNotFound', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`) };
    case 'not-licensed':
      return { status: 403, body: graphError('Forbidden', 'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementManagedDevices.PrivilegedOperations.All - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000', true) };
    case 'unavailable':
      return { status: 503, body: graphError('ServiceUnavailable', 'The service is temporarily unavailable.', true) };
    case 'server-values':
    case 'broken-echo':
      return undefined;
  }
}

/** The body a create that went through answers with. */
export function createdAnswer(behaviour: IntuneBehaviour | undefined, contract: Contract, entity: JsonObject & { id: string }): JsonObject {
  if (behaviour === 'server-values') return serverShaped(contract, entity);
  if (behaviour === 'broken-echo') {
    // A plain String property, so only the echo check can tell (a date or an enum would break the schema too).
    const plain = new Set(contract.properties.filter((p) => p.type === 'String' && !p.collection && !p.enumValues).map((p) => p.name));
    const field = contract.echo.equal.find((name) => plain.has(name) && typeof entity[name] === 'string');
    return field ? { ...entity, [field]: `${String(entity[field])} (changed by the service)` } : { ...entity, id: '' };
  }
  return entity;
}

/** The entity as the service stores it: server values for read-only fields, nulls, an extra property, another key order. */
export function serverShaped(contract: Contract, entity: JsonObject & { id: string }): JsonObject {
  const shaped: JsonObject = { id: entity.id, 'x-fake-serverOnlyProperty': 'added by the service' };
  for (const property of contract.properties) {
    if (property.name === 'id') continue;
    if (property.readOnly) shaped[property.name] = serverValue(property.type, entity[property.name]);
    else shaped[property.name] = entity[property.name] ?? null;
  }
  for (const [key, value] of Object.entries(entity)) if (!(key in shaped)) shaped[key] = value;
  // Another key order than sent: reversed.
  return Object.fromEntries(Object.entries(shaped).reverse());
}

/**
 * A deterministic share of the contracts behaves like the service (by a hash of the source
 * file, so a run and its repeat agree); `among` are the behaviours handed out, in turn.
 */
export function intuneShare(share: number, among: readonly IntuneBehaviour[] = REFUSING_BEHAVIOURS): IntuneBehaviourOf {
  return (contract) => {
    const hash = createHash('sha256').update(contract.source.file).digest();
    if (hash.readUInt16BE(0) / 0x10000 >= share) return undefined;
    return among[hash.readUInt16BE(2) % among.length];
  };
}

/** Behaviours by resource name or contract source file. */
export function intuneByName(table: Record<string, IntuneBehaviour>): IntuneBehaviourOf {
  return (contract) => table[contract.resource] ?? table[contract.source.file];
}

const PLACEHOLDER = /(?: value$|^<Unknown Primitive Type|^0{8}-0{4}-0{4}-0{4}-0{12}$)/;

function placeholderField(body: JsonObject): string | undefined {
  return Object.keys(body).find((key) => typeof body[key] === 'string' && PLACEHOLDER.test(body[key]));
}

function serverValue(type: string, sent: JsonValue | undefined): JsonValue {
  if (type === 'DateTimeOffset') return new Date().toISOString();
  if (type === 'String' && typeof sent === 'string') return `server ${sent}`;
  return null;
}
