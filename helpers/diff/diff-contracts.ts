// Two versions of one contract -> the classified changes between them. Pure: it compares the
// facts a contract carries (paths, permissions, version, property types, the schemas' enums,
// constraints and nullability, echo rules), never descriptions or example values, so a page
// that was only reworded gives no change.
import type { Contract, ContractPermissions, JsonSchema, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';
import { diffRule, type ChangeSeverity, type DiffRuleId } from './diff-rules.ts';

export interface ContractChange {
  rule: DiffRuleId;
  severity: ChangeSeverity;
  /** The contract's name: its path relative to the contracts folder, without `.json`. */
  contract: string;
  /** The POST path the change is about (operation changes). */
  path?: string;
  /** The property, `parent/child` for nested ones. */
  property?: string;
  before?: JsonValue;
  after?: JsonValue;
  message: string;
  /** The page line of the new version (of the old one for a removal). */
  where: Where;
}

const ENUM_SENTINEL = 'unknownFutureValue';
const PERMISSION_TYPES: ReadonlyArray<[keyof ContractPermissions, string]> = [
  ['delegatedWork', 'delegated (work or school account)'],
  ['delegatedPersonal', 'delegated (personal Microsoft account)'],
  ['application', 'application'],
];
const CONSTRAINTS = ['pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;
type Constraint = (typeof CONSTRAINTS)[number];
/** For these a larger value accepts less. */
const LOWER_BOUNDS = new Set<Constraint>(['minimum', 'exclusiveMinimum', 'minLength', 'minItems']);

type Direction = 'request' | 'response';

/** One side of a comparison: the contract and where its facts are on its page. */
class Side {
  constructor(readonly contract: Contract) {}

  where(section: string, line?: number, field?: string): Where {
    return { file: this.contract.source.file, ...(line ? { line } : {}), section, ...(field ? { field } : {}) };
  }

  property(name: string): PropertyFacts | undefined {
    return this.contract.properties.find((property) => property.name === name);
  }

  propertyLine(name: string): number | undefined {
    const index = this.contract.properties.findIndex((property) => property.name === name);
    return index < 0 ? undefined : this.contract.source.lines?.properties[index];
  }

  pathLine(path: string): number | undefined {
    const index = this.contract.operation.paths.indexOf(path);
    return index < 0 ? undefined : this.contract.source.lines?.paths[index];
  }

  get exampleRequestLine(): number | undefined {
    return this.contract.source.lines?.exampleRequest;
  }

  get exampleResponseLine(): number | undefined {
    return this.contract.source.lines?.exampleResponse;
  }

  get permissionsLine(): number | undefined {
    return this.contract.source.lines?.permissions;
  }
}

class ChangeList {
  readonly changes: ContractChange[] = [];

  constructor(private readonly contract: string) {}

  add(rule: DiffRuleId, message: string, where: Where, details: Partial<Pick<ContractChange, 'path' | 'property' | 'before' | 'after'>> = {}): void {
    this.changes.push({ rule, severity: diffRule(rule).severity, contract: this.contract, ...details, message, where });
  }
}

/** The changes from `before` to `after` of the contract named `name`. */
export function diffContract(name: string, before: Contract, after: Contract): ContractChange[] {
  const changes = new ChangeList(name);
  const old = new Side(before);
  const now = new Side(after);
  diffOperation(changes, old, now);
  diffPermissions(changes, old, now);
  diffDocumentedTypes(changes, old, now);
  diffOdataType(changes, old, now);
  diffSchema(changes, 'request', old, now, before.request.schema, after.request.schema);
  diffSchema(changes, 'response', old, now, before.response.schema, after.response.schema);
  diffResponse(changes, old, now);
  diffEcho(changes, old, now);
  return changes.changes;
}

/** A contract on one side only. */
export function contractPresenceChange(name: string, contract: Contract, side: 'added' | 'removed'): ContractChange {
  const changes = new ChangeList(name);
  const at = new Side(contract);
  const paths = contract.operation.paths.join(', ');
  if (side === 'added') changes.add('contract-added', `new contract: create ${contract.resource} (${contract.apiVersion}) at ${paths}`, at.where('HTTP request', at.pathLine(contract.operation.paths[0] ?? '')));
  else changes.add('contract-removed', `contract removed: create ${contract.resource} (${contract.apiVersion}) at ${paths} is no longer documented`, at.where('HTTP request', at.pathLine(contract.operation.paths[0] ?? '')));
  return changes.changes[0]!;
}

function diffOperation(changes: ChangeList, old: Side, now: Side): void {
  const before = old.contract;
  const after = now.contract;
  if (before.apiVersion !== after.apiVersion) {
    changes.add('api-version-changed', `API version ${before.apiVersion} -> ${after.apiVersion}`, now.where('Example request', now.exampleRequestLine), { before: before.apiVersion, after: after.apiVersion });
  }
  for (const path of after.operation.paths) {
    if (!before.operation.paths.includes(path)) changes.add('post-path-added', `POST ${path} added`, now.where('HTTP request', now.pathLine(path)), { path, after: path });
  }
  for (const path of before.operation.paths) {
    if (!after.operation.paths.includes(path)) changes.add('post-path-removed', `POST ${path} removed`, old.where('HTTP request', old.pathLine(path)), { path, before: path });
  }
}

function diffPermissions(changes: ChangeList, old: Side, now: Side): void {
  for (const [type, label] of PERMISSION_TYPES) {
    const before = old.contract.permissions[type];
    const after = now.contract.permissions[type];
    for (const permission of after) {
      if (!before.includes(permission)) changes.add('permission-added', `${label} permission ${permission} added`, now.where('Permissions', now.permissionsLine, type), { after: permission });
    }
    for (const permission of before) {
      if (!after.includes(permission)) changes.add('permission-removed', `${label} permission ${permission} removed`, now.where('Permissions', now.permissionsLine, type), { before: permission });
    }
  }
}

function documentedType(property: PropertyFacts): string {
  return property.collection ? `${property.type} collection` : property.type;
}

/**
 * A documented type change (String -> Int32, a complex type renamed, collection <-> single) is
 * read from the property table's facts, which name types the schemas cannot (two complex types
 * are both `object`); the schema comparison below then skips that property's type.
 */
function diffDocumentedTypes(changes: ChangeList, old: Side, now: Side): void {
  for (const property of now.contract.properties) {
    const before = old.property(property.name);
    if (!before || documentedType(before) === documentedType(property)) continue;
    for (const direction of ['request', 'response'] as const) {
      if (!inSchema(old.contract, direction, property.name) || !inSchema(now.contract, direction, property.name)) continue;
      changes.add(`${direction}-property-type-changed`, `${property.name}: type ${documentedType(before)} -> ${documentedType(property)}`, now.where('Properties', now.propertyLine(property.name), property.name), {
        property: property.name,
        before: documentedType(before),
        after: documentedType(property),
      });
    }
  }
}

function inSchema(contract: Contract, direction: Direction, name: string): boolean {
  return Object.hasOwn(schemaProperties(contract[direction].schema), name);
}

function diffOdataType(changes: ChangeList, old: Side, now: Side): void {
  const before = old.contract.request.example.body['@odata.type'];
  const after = now.contract.request.example.body['@odata.type'];
  if (typeof before === 'string' && typeof after === 'string' && normaliseOdataType(before) !== normaliseOdataType(after)) {
    changes.add('request-odata-type-changed', `@odata.type ${before} -> ${after}`, now.where('Example request', now.exampleRequestLine, '@odata.type'), { property: '@odata.type', before, after });
  }
}

function normaliseOdataType(value: string): string {
  return value.replace(/^#/, '').toLowerCase();
}

function schemaProperties(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  return isSchema(properties) ? (properties as Record<string, JsonSchema>) : {};
}

function isSchema(value: JsonValue | undefined): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredNames(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [];
}

/** JSON types a schema allows, `null` aside. */
function jsonTypes(schema: JsonSchema): string[] {
  const type = schema.type;
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  return types.filter((t): t is string => typeof t === 'string' && t !== 'null').sort();
}

function nullable(schema: JsonSchema): boolean {
  const type = schema.type;
  return Array.isArray(type) ? type.includes('null') : type === 'null';
}

/** A schema's shape for a type comparison: JSON types, OData type, and the same for array items. */
function typeSignature(schema: JsonSchema): string {
  const items = isSchema(schema.items) ? `[${typeSignature(schema.items)}]` : '';
  const odata = typeof schema['x-odata-type'] === 'string' ? `:${schema['x-odata-type']}` : '';
  return `${jsonTypes(schema).join('|')}${odata}${items}`;
}

/** The enum members a schema (or its items) allows, `null` aside; undefined when it has none. */
function enumMembers(schema: JsonSchema): string[] | undefined {
  const source = Array.isArray(schema.enum) ? schema.enum : isSchema(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum : undefined;
  return source?.filter((value) => value !== null).map((value) => String(value));
}

function constraintsOf(schema: JsonSchema): Partial<Record<Constraint, JsonValue>> {
  const constraints: Partial<Record<Constraint, JsonValue>> = {};
  const target = isSchema(schema.items) && schema.type !== undefined && jsonTypes(schema).includes('array') ? { ...schema.items, minItems: schema.minItems, maxItems: schema.maxItems } : schema;
  for (const keyword of CONSTRAINTS) {
    const value = (target as Record<string, JsonValue | undefined>)[keyword];
    if (value !== undefined) constraints[keyword] = value;
  }
  return constraints;
}

function diffSchema(changes: ChangeList, direction: Direction, old: Side, now: Side, before: JsonSchema, after: JsonSchema): void {
  const oldProperties = schemaProperties(before);
  const newProperties = schemaProperties(after);
  const oldRequired = requiredNames(before);
  const newRequired = requiredNames(after);
  const where = (side: Side, name: string) => side.where('Properties', side.propertyLine(name), name);
  for (const [name, schema] of Object.entries(newProperties)) {
    if (name === '@odata.context' || name === '@odata.type') continue;
    const property = name;
    const previous = Object.hasOwn(oldProperties, name) ? oldProperties[name] : undefined;
    if (!previous) {
      if (direction === 'request') {
        const required = newRequired.includes(name);
        changes.add(required ? 'request-required-property-added' : 'request-property-added', `${property} added${required ? ' (required)' : ''}`, where(now, name), { property, after: typeSignature(schema) });
      } else {
        changes.add('response-property-added', `${property} added`, where(now, name), { property, after: typeSignature(schema) });
      }
      continue;
    }
    diffProperty(changes, direction, old, now, property, previous, schema, where(now, name));
    if (direction === 'request' && oldRequired.includes(name) !== newRequired.includes(name)) {
      const nowRequired = newRequired.includes(name);
      changes.add(nowRequired ? 'request-property-became-required' : 'request-property-became-optional', `${property} became ${nowRequired ? 'required' : 'optional'}`, where(now, name), { property, before: !nowRequired, after: nowRequired });
    }
  }
  for (const [name, schema] of Object.entries(oldProperties)) {
    if (name === '@odata.context' || name === '@odata.type' || Object.hasOwn(newProperties, name)) continue;
    const property = name;
    changes.add(`${direction}-property-removed`, `${property} removed`, where(old, name), { property, before: typeSignature(schema) });
  }
}

function diffProperty(changes: ChangeList, direction: Direction, old: Side, now: Side, property: string, before: JsonSchema, after: JsonSchema, where: Where): void {
  const documentedTypeChanged = typeChangedInTable(old, now, property);
  if (!documentedTypeChanged && typeSignature(before) !== typeSignature(after)) {
    changes.add(`${direction}-property-type-changed`, `${property}: type ${typeSignature(before)} -> ${typeSignature(after)}`, where, { property, before: typeSignature(before), after: typeSignature(after) });
    return;
  }
  if (documentedTypeChanged) return;
  diffEnum(changes, direction, property, enumMembers(before), enumMembers(after), where);
  diffConstraints(changes, direction, property, constraintsOf(before), constraintsOf(after), where);
  if (nullable(before) !== nullable(after)) {
    const nowNullable = nullable(after);
    changes.add(`${direction}-property-became-${nowNullable ? 'nullable' : 'non-nullable'}`, `${property} ${nowNullable ? 'may now be null' : 'is no longer nullable'}`, where, { property, before: nullable(before), after: nowNullable });
  }
  diffNestedTypes(changes, direction, property, isSchema(before.items) ? before.items : before, isSchema(after.items) ? after.items : after, where);
}

/**
 * A complex property's own properties come from the example bodies, not from a table, so one
 * that appears or disappears is a change of the example, not of the contract: only a nested
 * property both versions have and whose type changed is reported.
 */
function diffNestedTypes(changes: ChangeList, direction: Direction, parent: string, before: JsonSchema, after: JsonSchema, where: Where): void {
  const oldProperties = schemaProperties(before);
  for (const [name, schema] of Object.entries(schemaProperties(after))) {
    const previous = Object.hasOwn(oldProperties, name) ? oldProperties[name] : undefined;
    if (!previous || name.startsWith('@odata.')) continue;
    const property = `${parent}/${name}`;
    if (typeSignature(previous) !== typeSignature(schema)) {
      changes.add(`${direction}-property-type-changed`, `${property}: type ${typeSignature(previous)} -> ${typeSignature(schema)}`, { ...where, field: property }, { property, before: typeSignature(previous), after: typeSignature(schema) });
    } else {
      diffNestedTypes(changes, direction, property, isSchema(previous.items) ? previous.items : previous, isSchema(schema.items) ? schema.items : schema, where);
    }
  }
}

function typeChangedInTable(old: Side, now: Side, name: string): boolean {
  const before = old.property(name);
  const after = now.property(name);
  return before !== undefined && after !== undefined && documentedType(before) !== documentedType(after);
}

function diffEnum(changes: ChangeList, direction: Direction, property: string, before: string[] | undefined, after: string[] | undefined, where: Where): void {
  if (!before || !after) return;
  const sentinel = after.indexOf(ENUM_SENTINEL);
  for (const [index, member] of after.entries()) {
    if (before.includes(member)) continue;
    if (direction === 'request') changes.add('request-enum-value-added', `${property}: enum value ${member} added`, where, { property, after: member });
    else if (sentinel >= 0 && index > sentinel) changes.add('response-enum-value-added', `${property}: enum value ${member} added after ${ENUM_SENTINEL}`, where, { property, after: member });
    else changes.add('response-enum-value-added-before-sentinel', `${property}: enum value ${member} added ${sentinel >= 0 ? `before ${ENUM_SENTINEL}` : `(the enum has no ${ENUM_SENTINEL})`}`, where, { property, after: member });
  }
  for (const member of before) {
    if (!after.includes(member)) changes.add(`${direction}-enum-value-removed`, `${property}: enum value ${member} removed`, where, { property, before: member });
  }
}

/** Whether the constraint's change makes the schema accept less (true), more (false), or cannot say (undefined). */
function narrows(keyword: Constraint, before: JsonValue | undefined, after: JsonValue | undefined): boolean | undefined {
  if (before === undefined) return true;
  if (after === undefined) return false;
  if (typeof before === 'number' && typeof after === 'number') return LOWER_BOUNDS.has(keyword) ? after > before : after < before;
  return undefined;
}

function diffConstraints(changes: ChangeList, direction: Direction, property: string, before: Partial<Record<Constraint, JsonValue>>, after: Partial<Record<Constraint, JsonValue>>, where: Where): void {
  for (const keyword of CONSTRAINTS) {
    const was = before[keyword];
    const is = after[keyword];
    if (was === is) continue;
    // Another pattern may accept more, less or both: flagged as narrowing, for a person to judge.
    const tighter = narrows(keyword, was, is) ?? true;
    const rule = `${direction}-constraint-${tighter ? 'tightened' : 'loosened'}` as const;
    const text = (value: JsonValue | undefined) => (value === undefined ? 'none' : String(value));
    changes.add(rule, `${property}: ${keyword} ${text(was)} -> ${text(is)}`, where, { property, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) });
  }
}

function diffResponse(changes: ChangeList, old: Side, now: Side): void {
  const before = old.contract.response;
  const after = now.contract.response;
  const where = now.where('Example response', now.exampleResponseLine);
  if (before.status !== after.status) changes.add('response-status-changed', `status ${before.status} -> ${after.status}`, where, { before: before.status, after: after.status });
  if (requiredNames(before.schema).includes('id') && !requiredNames(after.schema).includes('id')) {
    changes.add('response-id-no-longer-returned', 'the response no longer requires id', where, { property: 'id' });
  }
}

/**
 * Echo rules change on their own only for a property both versions have: a property added or
 * removed is reported as such, and one that became server-owned leaves the echo list as a
 * consequence, not as a second change.
 */
function diffEcho(changes: ChangeList, old: Side, now: Side): void {
  const inBoth = (field: string) => inSchema(old.contract, 'request', field) && inSchema(now.contract, 'request', field);
  const oldOwned = old.contract.echo.serverOwned;
  const newOwned = now.contract.echo.serverOwned;
  const ownershipChanged = (field: string) => oldOwned.includes(field) !== newOwned.includes(field);
  const where = (field: string) => now.where('Properties', now.propertyLine(field), field);
  for (const field of newOwned) {
    if (!oldOwned.includes(field) && inBoth(field)) changes.add('server-owned-property-added', `${field} is now server-owned (read-only)`, where(field), { property: field });
  }
  for (const field of oldOwned) {
    if (!newOwned.includes(field) && inBoth(field)) changes.add('server-owned-property-removed', `${field} is no longer server-owned`, where(field), { property: field });
  }
  const oldEqual = old.contract.echo.equal;
  const newEqual = now.contract.echo.equal;
  for (const field of newEqual) {
    if (!oldEqual.includes(field) && inBoth(field) && !ownershipChanged(field)) changes.add('echo-field-added', `${field} must now be echoed as sent`, where(field), { property: field });
  }
  for (const field of oldEqual) {
    if (!newEqual.includes(field) && inBoth(field) && !ownershipChanged(field)) changes.add('echo-field-removed', `${field} is no longer echoed as sent`, where(field), { property: field });
  }
}
