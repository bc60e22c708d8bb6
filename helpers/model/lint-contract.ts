// One contract against one model -> findings. Pure: the model is already read, lines come
// from the contract. Messages name the model's side of each disagreement but never the model's
// file, so the same drift in several clouds merges into one finding (lint-contracts.ts).
import type { Contract, PropertyFacts } from '../foundation/contract-types.ts';
import { PRIMITIVE_TYPES } from '../foundation/odata-primitive-types.ts';
import { contractEntityType } from './contract-entity-type.ts';
import { factLine, type FactRef } from './fact-lines.ts';
import type { LintFinding } from './lint-finding.ts';
import { lintRule, type LintCode } from './lint-rules.ts';
import { derivesFrom, findType, typeProperties, type OwnedProperty } from './model-lookup.ts';
import { shortName, type ModelEnumType, type ModelStructuredType, type ServiceModel } from './model-types.ts';
import { resolvePath } from './resolve-path.ts';

export type ContractFinding = Omit<LintFinding, 'models'>;

/** Availability of one contract in one model: the cloud matrix's cell. */
export interface Availability {
  entityType: boolean;
  /** POST paths that resolve to a collection of the contract's type (or a base), of all documented. */
  pathsResolved: number;
  pathsTotal: number;
}

export interface ContractLint {
  findings: ContractFinding[];
  availability: Availability;
}

const UNKNOWN_FUTURE_VALUE = 'unknownFutureValue';

export function lintContract(contract: Contract, model: ServiceModel): ContractLint {
  const findings: ContractFinding[] = [];
  const report = (code: LintCode, message: string, fact: FactRef): void => {
    const line = factLine(contract, fact);
    const property = typeof fact === 'object' && 'property' in fact ? fact.property : undefined;
    const section = property || fact === 'table' ? 'Properties' : typeof fact === 'object' ? 'HTTP request' : 'Example request';
    findings.push({ code, severity: lintRule(code).severity, message, file: contract.source.file, ...(line ? { line } : {}), ...(section ? { section } : {}), resource: contract.resource, ...(property ? { property } : {}) });
  };
  const { type, candidates } = contractEntityType(contract, model);
  if (!type) {
    report('ENTITY_TYPE_NOT_IN_MODEL', `no entity type ${candidates.join(' or ')} in the model`, 'resource');
  } else {
    lintProperties(contract, model, type, report);
  }
  let pathsResolved = 0;
  for (const path of contract.operation.paths) {
    if (lintPath(model, path, type, report)) pathsResolved += 1;
  }
  return { findings, availability: { entityType: type !== undefined, pathsResolved, pathsTotal: contract.operation.paths.length } };
}

type Report = (code: LintCode, message: string, fact: FactRef) => void;

function lintProperties(contract: Contract, model: ServiceModel, type: ModelStructuredType, report: Report): void {
  const modelProperties = typeProperties(model, type);
  const documented = new Set<string>();
  for (const property of contract.properties) {
    documented.add(property.name);
    const owned = modelProperties.get(property.name);
    if (!owned) {
      const cased = [...modelProperties.keys()].find((name) => name.toLowerCase() === property.name.toLowerCase());
      report('PROPERTY_NOT_IN_MODEL', `${type.name} and its base types declare no property "${property.name}"${cased ? ` (the model has "${cased}")` : ''}`, { property: property.name });
      continue;
    }
    if (owned.property.navigation) {
      report('PROPERTY_IS_NAVIGATION', `"${property.name}" is a navigation property of ${owned.declaredOn} (to ${collectionOf(owned.property.type, owned.property.collection)}), not a property of the created body`, { property: property.name });
      continue;
    }
    lintPropertyType(model, property, owned, report);
  }
  const undocumented = [...modelProperties.values()].filter(({ property }) => !property.navigation && !documented.has(property.name)).map(({ property }) => property.name);
  if (undocumented.length > 0) {
    report('MODEL_PROPERTIES_NOT_ON_PAGE', `${undocumented.length} of ${[...modelProperties.values()].filter(({ property }) => !property.navigation).length} structural properties of ${type.name} are not in the page's table: ${undocumented.join(', ')}`, 'table');
  }
}

function lintPropertyType(model: ServiceModel, property: PropertyFacts, owned: OwnedProperty, report: Report): void {
  const at = { property: property.name };
  const modelType = owned.property.type;
  if (!sameType(property, modelType)) {
    report('PROPERTY_TYPE_MISMATCH', `the page types "${property.name}" as ${property.type}, the model as ${modelType}`, at);
  }
  if (property.collection !== owned.property.collection) {
    report('PROPERTY_COLLECTION_MISMATCH', `the page documents "${property.name}" as ${property.collection ? 'a collection' : 'a single value'}, the model as ${collectionOf(modelType, owned.property.collection)}`, at);
  }
  const enumType = findType(model, modelType);
  if (enumType?.kind === 'enum') lintEnum(property, enumType, report);
}

/** What the page lists, also when the contract no longer asserts it (its example broke the list). */
function documentedValues(property: PropertyFacts): string[] | undefined {
  if (property.enumValues) return property.enumValues;
  const relaxed = property.relaxed?.find((constraint) => constraint.constraint === 'enum')?.documented;
  return Array.isArray(relaxed) ? relaxed : undefined;
}

function lintEnum(property: PropertyFacts, enumType: ModelEnumType, report: Report): void {
  const at = { property: property.name };
  if (enumType.isFlags) report('FLAGS_ENUM', `${enumType.name} is a flags enum: "${property.name}" may hold a comma-separated combination such as "${enumType.members.slice(0, 2).join(',')}"`, at);
  const listed = documentedValues(property);
  if (!listed || listed.length === 0) {
    report('ENUM_VALUES_NOT_ON_PAGE', `the model types "${property.name}" as enum ${enumType.name} (${enumType.members.join(', ')}); the page lists no values`, at);
    return;
  }
  const modelMembers = new Set(enumType.members);
  const pageValues = new Set(listed);
  const pageOnly = listed.filter((value) => !modelMembers.has(value));
  if (pageOnly.length > 0) {
    report('ENUM_MEMBER_NOT_IN_MODEL', `the page lists ${quoted(pageOnly)} for "${property.name}"; enum ${enumType.name} has ${enumType.members.join(', ')}`, at);
  }
  const tailStart = enumType.members.indexOf(UNKNOWN_FUTURE_VALUE);
  const missing = enumType.members.filter((member) => !pageValues.has(member));
  const isTail = (member: string) => tailStart >= 0 && enumType.members.indexOf(member) >= tailStart;
  const core = missing.filter((member) => !isTail(member));
  const tail = missing.filter(isTail);
  if (core.length > 0) report('ENUM_MEMBER_NOT_ON_PAGE', `enum ${enumType.name} has ${quoted(core)}, which the page does not list for "${property.name}"`, at);
  if (tail.length > 0) report('ENUM_EVOLVABLE_MEMBER_NOT_ON_PAGE', `enum ${enumType.name} has ${quoted(tail)} from unknownFutureValue on (the evolvable tail), which the page does not list for "${property.name}"`, at);
}

/** A path is fine when it resolves to a collection of the contract's type or a base of it. */
function lintPath(model: ServiceModel, path: string, type: ModelStructuredType | undefined, report: Report): boolean {
  const resolution = resolvePath(model, path);
  const at = { path };
  if (!resolution.resolved) {
    report('POST_PATH_UNRESOLVED', `POST ${path}: ${resolution.reason}`, at);
    return false;
  }
  if (!resolution.collection) {
    report('POST_PATH_NOT_COLLECTION', `POST ${path} resolves to a single ${resolution.type}, not a collection`, at);
    return false;
  }
  if (type && !derivesFrom(model, type, resolution.type)) {
    report('POST_PATH_WRONG_TYPE', `POST ${path} resolves to a collection of ${resolution.type}; ${type.name} is not that type or derived from it`, at);
    return false;
  }
  return true;
}

/** The page's `String` is the model's `Edm.String`; a named type matches by its short name unless the page qualifies it. */
function sameType(property: PropertyFacts, modelType: string): boolean {
  const pageType = property.referencedType ?? property.type;
  const primitive = [...PRIMITIVE_TYPES].find((name) => name.toLowerCase() === pageType.toLowerCase());
  if (primitive) return modelType === `Edm.${primitive}`;
  if (modelType.startsWith('Edm.')) return false;
  return pageType.includes('.') ? pageType.toLowerCase() === modelType.toLowerCase() : pageType.toLowerCase() === shortName(modelType).toLowerCase();
}

function collectionOf(type: string, collection: boolean): string {
  return collection ? `a collection of ${type}` : `a single ${type}`;
}

function quoted(values: string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
