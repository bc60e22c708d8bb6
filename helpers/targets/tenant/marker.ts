// A recognisable prefix in a free-text field of every entity a run creates, so a later run
// can find and delete what an interrupted one left behind (see sweep-leftovers.ts).
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';

/** Preferred fields, in order; after them any writable string field named `...DisplayName`. */
const PREFERRED = ['displayName', 'name', 'description'];

export function markerField(contract: Contract): string | undefined {
  const writableStrings = contract.properties.filter((p) => p.type === 'String' && !p.collection && !p.readOnly && p.name !== 'id');
  const names = new Set(writableStrings.map((p) => p.name));
  return PREFERRED.find((name) => names.has(name)) ?? writableStrings.find((p) => p.name.endsWith('DisplayName'))?.name;
}

export function applyMarker(body: JsonObject, field: string, marker: string): JsonObject {
  const original = body[field];
  return { ...body, [field]: `${marker}${typeof original === 'string' ? original : ''}` };
}

/** `<prefix><run id> `: the prefix finds every run's leftovers, the run id tells runs apart. */
export function runMarker(prefix: string, runId: string): string {
  return `${prefix}${runId} `;
}
