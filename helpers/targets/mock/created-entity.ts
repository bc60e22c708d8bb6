// The entity the mock "creates": writable fields as sent (dates in UTC), server-owned
// fields filled by the service, every other documented property null, as Graph does.
import type { Contract, JsonObject, JsonValue, PropertyFacts } from '../../foundation/contract-types.ts';
import { formatUtcTicks, normaliseDateTimeOffset } from '../../foundation/date-time-offset.ts';
import { setOwn } from '../../foundation/own-property.ts';
import type { MockClock } from './mock-types.ts';

interface EntityShape {
  facts: Map<string, PropertyFacts>;
  serverOwned: Set<string>;
}

// Per contract, built on its first create: contracts do not change during a run.
const shapes = new WeakMap<Contract, EntityShape>();

function shapeOf(contract: Contract): EntityShape {
  let shape = shapes.get(contract);
  if (!shape) {
    shape = { facts: new Map(contract.properties.map((p) => [p.name, p])), serverOwned: new Set(contract.echo.serverOwned) };
    shapes.set(contract, shape);
  }
  return shape;
}

export function createdEntity(contract: Contract, sent: JsonObject, clock: MockClock, contextUrl: string): JsonObject {
  const { facts, serverOwned } = shapeOf(contract);
  const entity: JsonObject = { '@odata.context': contextUrl };
  // setOwn: a documented or sent `__proto__` is a field like any other, not the prototype.
  for (const property of contract.properties) setOwn(entity, property.name, property.collection ? [] : null);
  for (const [name, value] of Object.entries(sent)) {
    if (!serverOwned.has(name)) setOwn(entity, name, normalised(value, facts.get(name)));
  }
  for (const name of serverOwned) setOwn(entity, name, serverValue(name, facts.get(name), clock));
  // Every created entity gets a key, documented or not.
  if (typeof entity.id !== 'string') setOwn(entity, 'id', clock.newGuid());
  return entity;
}

function normalised(value: JsonValue, facts: PropertyFacts | undefined): JsonValue {
  const type = facts?.type.replace(/^Edm\./, '');
  if (typeof value === 'string') {
    // Known String properties stay as written; DateTimeOffsets and untyped nested values are normalised.
    return type === 'String' ? value : normaliseDateTimeOffset(value);
  }
  if (Array.isArray(value)) return value.map((item) => normalised(item, facts?.collection ? { ...facts, collection: false } : undefined));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalised(v, undefined)]));
  }
  return value;
}

function serverValue(name: string, facts: PropertyFacts | undefined, clock: MockClock): JsonValue {
  if (name === 'id') return clock.newGuid();
  if (facts?.collection) return [];
  const type = facts?.type.replace(/^Edm\./, '') ?? (name.endsWith('DateTime') ? 'DateTimeOffset' : 'String');
  switch (type) {
    case 'DateTimeOffset':
    case 'DateTime':
      return formatUtcTicks(clock.nowTicks());
    case 'Guid':
      return clock.newGuid();
    case 'Boolean':
      return false;
    case 'Int16':
    case 'Int32':
    case 'Int64':
    case 'Byte':
    case 'Double':
    case 'Single':
    case 'Decimal':
      return Math.min(Math.max(facts?.minimum ?? 0, 0), facts?.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'String':
      // A read-only String the page lists values for holds one of them.
      if (facts?.enumValues?.[0] !== undefined) return facts.enumValues[0];
      return name === 'version' ? '1' : `${name} (assigned by the service)`;
    default:
      return facts?.enumValues?.[0] ?? null;
  }
}
