// ServiceModel -> ModelFacts, the plain data `build --metadata` hands the contract stage.
import type { ApiVersion } from '../foundation/contract-types.ts';
import type { FlagsEnumFact, ModelFacts, StructuralPropertyFact } from '../foundation/model-facts.ts';
import { findType, typeProperties } from './model-lookup.ts';
import { shortName, type ModelProperty, type ServiceModel } from './model-types.ts';

export function modelFacts(model: ServiceModel, version?: ApiVersion): ModelFacts {
  const flagsProperties: ModelFacts['flagsProperties'] = {};
  const structuralProperties: NonNullable<ModelFacts['structuralProperties']> = {};
  for (const type of model.types.values()) {
    if (type.kind !== 'entity') continue;
    const flags: Record<string, FlagsEnumFact> = {};
    const structural: Record<string, StructuralPropertyFact> = {};
    for (const { property } of typeProperties(model, type).values()) {
      if (property.navigation) continue;
      structural[property.name] = { type: pageTypeName(property), collection: property.collection };
      const enumType = findType(model, property.type);
      if (enumType?.kind === 'enum' && enumType.isFlags) flags[property.name] = { enumType: enumType.name, members: [...enumType.members] };
    }
    if (Object.keys(flags).length > 0) flagsProperties[type.name.toLowerCase()] = flags;
    structuralProperties[type.name.toLowerCase()] = structural;
  }
  return { source: model.source, ...(version ? { version } : {}), flagsProperties, structuralProperties };
}

/** `Edm.String` -> `String`, `microsoft.graph.addIn` -> `addIn`: the names a page's table uses. */
function pageTypeName(property: ModelProperty): string {
  return shortName(property.type);
}
