// Adds what the model knows to a page's properties before schemas are derived: a property the
// model types with an IsFlags enum is marked `flags` (and takes the model's members when the
// page lists none); a property an example sends or returns that no page documents takes its type
// from the model. Which facts came from the model is returned, for the contract to record.
import type { ApiVersion, ContractModelFacts } from '../foundation/contract-types.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { PRIMITIVE_TYPES } from '../foundation/odata-primitive-types.ts';
import type { PageProperty } from '../parse/page-model.ts';

export interface ModelFactsApplied {
  properties: PageProperty[];
  fromModel?: ContractModelFacts;
  /** Names of the properties the model added (no page documents them). */
  added: Set<string>;
}

/**
 * `entityTypes`: the contract's qualified type names to try, in order (as the model lint resolves
 * them). `used`: the top-level names the examples send or return.
 */
export function applyModelFacts(properties: PageProperty[], entityTypes: string[], apiVersion: ApiVersion, facts: readonly ModelFacts[], used: readonly string[] = [], line = 0): ModelFactsApplied {
  const model = facts.find((candidate) => candidate.version === undefined || candidate.version === apiVersion);
  if (!model) return { properties, added: new Set() };
  const recorded: ContractModelFacts['properties'] = [];
  const withTypes = addUndocumented(properties, entityTypes, model, used, line, recorded);
  const flags = entityTypes.map((name) => model.flagsProperties[name.toLowerCase()]).find((found) => found !== undefined);
  const applied = !flags ? withTypes : withTypes.map((property) => {
    const fact = flags[property.name];
    if (!fact) return property;
    const listed = property.enumValues !== undefined && property.enumValues.length > 0;
    const entry = recorded.find((candidate) => candidate.name === property.name);
    const kinds: ('isFlags' | 'enumValues')[] = listed ? ['isFlags'] : ['isFlags', 'enumValues'];
    if (entry) entry.facts.push(...kinds);
    else recorded.push({ name: property.name, facts: kinds });
    return { ...property, flags: true as const, enumValues: listed ? property.enumValues : [...fact.members] };
  });
  const added = new Set(recorded.filter((entry) => entry.facts.includes('type')).map((entry) => entry.name));
  return recorded.length === 0 ? { properties, added } : { properties: applied, fromModel: { model: model.source, properties: recorded }, added };
}

/** The page's properties, then each used name the model declares and no page documents. */
function addUndocumented(properties: PageProperty[], entityTypes: string[], model: ModelFacts, used: readonly string[], line: number, recorded: ContractModelFacts['properties']): PageProperty[] {
  const declared = entityTypes.map((name) => model.structuralProperties?.[name.toLowerCase()]).find((found) => found !== undefined);
  if (!declared) return properties;
  const documented = new Set(properties.map((property) => property.name));
  const added: PageProperty[] = [];
  for (const name of used) {
    const fact = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!fact || documented.has(name)) continue;
    documented.add(name);
    const property: PageProperty = { name, type: fact.type, collection: fact.collection, readOnly: false, line };
    if (!PRIMITIVE_TYPES.has(fact.type)) property.referencedType = fact.type;
    added.push(property);
    recorded.push({ name, facts: ['type'] });
  }
  return added.length === 0 ? properties : [...properties, ...added];
}
