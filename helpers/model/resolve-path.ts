// A documented path template walked through the model, OData's way: an entity set or singleton,
// then keys (`{id}` or `name({id})`), navigation or structural properties, type casts
// (`.../microsoft.graph.windows10GeneralConfiguration`) and path-based addressing (`root:/{path}:`). Graph matches URL segments ignoring
// case, so names that only differ in case resolve.
import { derivesFrom, findType, typeProperties } from './model-lookup.ts';
import type { ServiceModel } from './model-types.ts';
import { shortName } from './model-types.ts';

export type PathResolution =
  | { resolved: true; type: string; collection: boolean }
  | { resolved: false; segment: string; reason: string };

interface Position {
  type: string;
  collection: boolean;
}

export function resolvePath(model: ServiceModel, template: string): PathResolution {
  const segments = template.split('/').filter((segment) => segment.length > 0).flatMap(splitKey);
  const first = segments.shift();
  if (first === undefined) return { resolved: false, segment: '/', reason: 'the path is empty' };
  const entry = model.entryPoints.get(first) ?? [...model.entryPoints.values()].find((candidate) => candidate.name.toLowerCase() === first.toLowerCase());
  if (!entry) return { resolved: false, segment: first, reason: `"${first}" is not an entity set or singleton of the model` };
  let position: Position = { type: entry.type, collection: entry.collection };
  for (const segment of segments) {
    const next = step(model, position, segment);
    if ('reason' in next) return { resolved: false, segment, reason: next.reason };
    position = next;
  }
  return { resolved: true, ...position };
}

/** `managedDevices({id})` is the key form of `managedDevices/{id}`. */
function splitKey(segment: string): string[] {
  const match = /^([^()]+)\((.+)\)$/.exec(segment);
  return match ? [match[1]!, `{${match[2]!.replace(/^'?\{?|\}?'?$/g, '')}}`] : [segment];
}

function step(model: ServiceModel, at: Position, written: string): Position | { reason: string } {
  // Path-based addressing (`root:/{item-path}:/children`): `root:` is the property `root`, and
  // `{item-path}:` names an item below the one before it, of the same type.
  const segment = written.endsWith(':') ? written.slice(0, -1) : written;
  if (segment !== written && /^\{[^}]*\}$/.test(segment)) return { type: at.type, collection: false };
  const current = findType(model, at.type);
  if (!current || current.kind === 'enum') return { reason: `the model does not declare ${at.type}, reached before "${segment}"` };
  if (segment.startsWith('$')) return { reason: `"${segment}" is not part of a create path` };
  if (segment.includes('.')) {
    const cast = findType(model, segment);
    if (!cast || cast.kind === 'enum') return { reason: `type cast "${segment}" names no type of the model` };
    if (!derivesFrom(model, cast, current.name)) return { reason: `type cast to ${cast.name}, which does not derive from ${current.name}` };
    return { type: cast.name, collection: at.collection };
  }
  if (at.collection) return { type: at.type, collection: false };
  const properties = typeProperties(model, current);
  const owned = properties.get(segment) ?? [...properties.values()].find((candidate) => candidate.property.name.toLowerCase() === segment.toLowerCase());
  if (!owned) return { reason: `${current.name} (with its base types) has no property "${segment}"${castHint(model, current.name, segment)}` };
  return { type: owned.property.type, collection: owned.property.collection };
}

/** Docs often leave out the cast a derived type's navigation property needs: name the types that have it. */
function castHint(model: ServiceModel, base: string, segment: string): string {
  const owners: string[] = [];
  for (const type of model.types.values()) {
    if (type.kind === 'enum' || !type.properties.has(segment) || type.name === base) continue;
    if (derivesFrom(model, type, base)) owners.push(type.name);
  }
  if (owners.length === 0) return '';
  const shown = owners.slice(0, 3).map(shortName).join(', ');
  return `; derived types declare it (${shown}${owners.length > 3 ? `, ${owners.length - 3} more` : ''}): the path needs a type cast segment`;
}
