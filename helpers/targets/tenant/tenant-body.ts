// The body a tenant run sends instead of the documented example, and every way it differs:
// a field named like a path parameter of the same path (`managedAppRegistrationId` beside
// `{managedAppRegistrationId}`) gets the parameter's resolved value, since the page's
// placeholder names no entity of the tenant; then the overrides file; then the run marker in
// the free-text marker field. Each changed top-level field is listed with its documented and
// sent value and why, so a reader of the report can tell the sent body from the documented one.
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';
import type { BodyRewrite } from '../target-types.ts';
import { applyBodyOverride } from './body-overrides.ts';
import { applyMarker } from './marker.ts';

export interface TenantBodyInputs {
  /** Resolved path parameters of this path, by name. */
  parameters: Record<string, string>;
  override?: JsonObject;
  /** The marker field and the run's marker, when the contract has such a field. */
  marker?: { field: string; value: string };
}

export function tenantBody(contract: Contract, inputs: TenantBodyInputs): { body: JsonObject; rewrites: BodyRewrite[] } {
  const documented = contract.request.example.body;
  const why = new Map<string, BodyRewrite['why']>();
  const stage = (before: JsonObject, after: JsonObject, reason: BodyRewrite['why']): JsonObject => {
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) why.set(field, reason);
    }
    return after;
  };
  let body = stage(documented, fillParameters(documented, inputs.parameters), 'path parameter');
  body = stage(body, applyBodyOverride(body, inputs.override), 'override');
  if (inputs.marker) body = stage(body, applyMarker(body, inputs.marker.field, inputs.marker.value), 'marker');
  const rewrites: BodyRewrite[] = [];
  for (const [field, reason] of why) {
    if (JSON.stringify(documented[field]) === JSON.stringify(body[field])) continue; // changed and changed back
    const rewrite: BodyRewrite = { field, why: reason };
    if (Object.hasOwn(documented, field)) rewrite.documented = documented[field]!;
    if (Object.hasOwn(body, field)) rewrite.sent = body[field]!;
    rewrites.push(rewrite);
  }
  return { body, rewrites };
}

/** Body fields named like a path parameter (case aside) take its resolved value. */
function fillParameters(body: JsonObject, parameters: Record<string, string>): JsonObject {
  const byName = new Map(Object.entries(parameters).map(([name, value]) => [name.toLowerCase(), value]));
  const filled: JsonObject = { ...body };
  for (const field of Object.keys(body)) {
    const value = byName.get(field.toLowerCase());
    if (value !== undefined && typeof body[field] === 'string') filled[field] = value;
  }
  return filled;
}
