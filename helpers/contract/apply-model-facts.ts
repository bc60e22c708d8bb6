// Adds what the model knows to a page's properties before schemas are derived: a property the
// model types with an IsFlags enum is marked `flags` (and takes the model's members when the
// page lists none). Which facts came from the model is returned, for the contract to record.
import type { ApiVersion, ContractModelFacts } from '../foundation/contract-types.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';
import type { PageProperty } from '../parse/page-model.ts';

export interface ModelFactsApplied {
  properties: PageProperty[];
  fromModel?: ContractModelFacts;
}

/** `entityTypes`: the contract's qualified type names to try, in order (as the model lint resolves them). */
export function applyModelFacts(properties: PageProperty[], entityTypes: string[], apiVersion: ApiVersion, facts: readonly ModelFacts[]): ModelFactsApplied {
  const model = facts.find((candidate) => candidate.version === undefined || candidate.version === apiVersion);
  const flags = model && entityTypes.map((name) => model.flagsProperties[name.toLowerCase()]).find((found) => found !== undefined);
  if (!model || !flags) return { properties };
  const recorded: ContractModelFacts['properties'] = [];
  const applied = properties.map((property) => {
    const fact = flags[property.name];
    if (!fact) return property;
    const listed = property.enumValues !== undefined && property.enumValues.length > 0;
    recorded.push({ name: property.name, facts: listed ? ['isFlags'] : ['isFlags', 'enumValues'] });
    return { ...property, flags: true as const, enumValues: listed ? property.enumValues : [...fact.members] };
  });
  return recorded.length === 0 ? { properties } : { properties: applied, fromModel: { model: model.source, properties: recorded } };
}
