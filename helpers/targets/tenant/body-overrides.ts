// Documented example values ("Managed App Registration Id value") are not valid tenant data,
// so a tenant run may replace fields per contract. The overrides file maps a contract's
// resource name (or its source file) to fields to set, plus "$remove": [fields] to drop.
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';

export type BodyOverrides = Record<string, JsonObject>;

export function overrideFor(contract: Contract, overrides: BodyOverrides): JsonObject | undefined {
  return overrides[contract.resource] ?? overrides[contract.source.file];
}

export function applyBodyOverride(body: JsonObject, override: JsonObject | undefined): JsonObject {
  if (!override) return body;
  const { $remove, ...set } = override;
  const removed = new Set(Array.isArray($remove) ? $remove.filter((f: JsonValue): f is string => typeof f === 'string') : []);
  const merged: JsonObject = { ...body, ...set };
  for (const field of removed) delete merged[field];
  return merged;
}
