// Which entity type a contract creates: the example's `@odata.type` when it names one, else the
// page's namespace and resource. Both are tried, so a page whose `@odata.type` is wrong still
// resolves through its resource name (and the lint says the two differ elsewhere).
import type { Contract, JsonObject } from '../foundation/contract-types.ts';
import { findType } from './model-lookup.ts';
import type { ModelStructuredType, ServiceModel } from './model-types.ts';

export interface EntityTypeResolution {
  type?: ModelStructuredType;
  /** Qualified names tried, in order: for the message when none is an entity type. */
  candidates: string[];
}

export function contractEntityType(contract: Pick<Contract, 'namespace' | 'resource' | 'request' | 'response'>, model: ServiceModel): EntityTypeResolution {
  const candidates = [...new Set([
    odataType(contract.request.example.body),
    odataType(contract.response.example.body),
    `${contract.namespace}.${contract.resource}`,
  ].filter((name): name is string => name !== undefined))];
  for (const name of candidates) {
    const type = findType(model, name);
    if (type && type.kind === 'entity') return { type, candidates };
  }
  return { candidates };
}

function odataType(body: JsonObject): string | undefined {
  const value = body['@odata.type'];
  return typeof value === 'string' && value.length > 1 ? value.replace(/^#/, '') : undefined;
}
