// Questions asked of a model: a type by name, its base chain, its properties with the bases',
// and whether one type derives from another.
import type { ModelProperty, ModelStructuredType, ModelType, ServiceModel } from './model-types.ts';

/** Exact name first, then ignoring case (pages and `@odata.type` values vary in case). */
export function findType(model: ServiceModel, name: string): ModelType | undefined {
  return model.types.get(name) ?? model.typesIgnoringCase.get(name.toLowerCase());
}

/** The type, then its base, and so on; a base the model lacks, or a cycle, ends the chain. */
export function baseChain(model: ServiceModel, type: ModelStructuredType): ModelStructuredType[] {
  const chain = [type];
  const seen = new Set([type.name]);
  let current = type;
  while (current.baseType && !seen.has(current.baseType)) {
    const base = model.types.get(current.baseType);
    if (!base || base.kind === 'enum') break;
    chain.push(base);
    seen.add(base.name);
    current = base;
  }
  return chain;
}

export interface OwnedProperty {
  property: ModelProperty;
  /** The type in the chain that declares it. */
  declaredOn: string;
}

/** Every property of the type and its bases; a derived type's declaration wins. */
export function typeProperties(model: ServiceModel, type: ModelStructuredType): Map<string, OwnedProperty> {
  const properties = new Map<string, OwnedProperty>();
  for (const owner of baseChain(model, type)) {
    for (const property of owner.properties.values()) {
      if (!properties.has(property.name)) properties.set(property.name, { property, declaredOn: owner.name });
    }
  }
  return properties;
}

/** True when `type` is `base` or derives from it. */
export function derivesFrom(model: ServiceModel, type: ModelStructuredType, base: string): boolean {
  return baseChain(model, type).some((owner) => owner.name === base);
}
