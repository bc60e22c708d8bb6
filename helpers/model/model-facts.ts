// ServiceModel -> ModelFacts, the plain data `build --metadata` hands the contract stage.
import type { ApiVersion } from '../foundation/contract-types.ts';
import type { FlagsEnumFact, ModelFacts } from '../foundation/model-facts.ts';
import { findType, typeProperties } from './model-lookup.ts';
import type { ServiceModel } from './model-types.ts';

export function modelFacts(model: ServiceModel, version?: ApiVersion): ModelFacts {
  const flagsProperties: ModelFacts['flagsProperties'] = {};
  for (const type of model.types.values()) {
    if (type.kind !== 'entity') continue;
    const flags: Record<string, FlagsEnumFact> = {};
    for (const { property } of typeProperties(model, type).values()) {
      const enumType = property.navigation ? undefined : findType(model, property.type);
      if (enumType?.kind === 'enum' && enumType.isFlags) flags[property.name] = { enumType: enumType.name, members: [...enumType.members] };
    }
    if (Object.keys(flags).length > 0) flagsProperties[type.name.toLowerCase()] = flags;
  }
  return { source: model.source, ...(version ? { version } : {}), flagsProperties };
}
