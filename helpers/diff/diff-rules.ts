// Every change `graph-contracts diff` can report, as data (in the manner of oasdiff's checks):
// a stable id, a severity that depends on the direction (what narrows a request body breaks
// clients that send it; what widens a response breaks clients that read it), and why, citing the
// item of Microsoft Graph's breaking-change policy or API guidelines it applies. docs/diff.md's
// table is generated from this one (npm run docs), and SARIF declares exactly these rules.
//
// POLICY: "Versioning, support, and breaking change policies for Microsoft Graph",
//   https://learn.microsoft.com/graph/versioning-and-support, section "API contract and
//   non-backward compatible changes", whose lists are cited item by item below.
// GUIDELINES: Microsoft Graph REST API guidelines (microsoft/api-guidelines, graph/GuidelinesGraph.md),
//   "Enums": an evolvable enum ends in the sentinel `unknownFutureValue`, and members added
//   later go after it, so clients that do not opt in never receive them.

import { markdownCell } from '../foundation/markdown-cell.ts';

export type ChangeSeverity = 'breaking' | 'warning' | 'info';
export const CHANGE_SEVERITIES: readonly ChangeSeverity[] = ['breaking', 'warning', 'info'];

/** What part of the contract a rule is about. */
export type ChangeDirection = 'contract' | 'operation' | 'request' | 'response' | 'echo';

export interface DiffRule {
  id: string;
  severity: ChangeSeverity;
  direction: ChangeDirection;
  meaning: string;
  why: string;
}

const URL_CHANGE = 'POLICY, non-backward compatible: "Changes to the URL or fundamental request/response associated with a resource"';
const API_REMOVED = 'POLICY, non-backward compatible: "Removal or rename of APIs or API parameters"';
const PROPERTY_REMOVED = 'POLICY, non-backward compatible: "Removal, rename, or change to the type of a declared property"';
const PROPERTY_ADDED = 'POLICY, backward compatible: "Addition of properties that are nullable or have a default value"';
const ENUM_ADDED = 'POLICY, backward compatible: "Addition of a member to an enumeration"';

export const DIFF_RULES = [
  { id: 'contract-added', severity: 'info', direction: 'contract', meaning: 'a contract exists only on the new side: a new create operation is documented', why: 'adds an API; nothing a client used changes' },
  { id: 'contract-removed', severity: 'breaking', direction: 'contract', meaning: 'a contract exists only on the old side: its create operation is no longer documented', why: API_REMOVED },
  { id: 'api-version-changed', severity: 'breaking', direction: 'operation', meaning: "the contract's API version moved (beta <-> v1.0)", why: URL_CHANGE },
  { id: 'post-path-added', severity: 'info', direction: 'operation', meaning: 'a POST path was added', why: 'a new URL for the same create; the old ones still work' },
  { id: 'post-path-removed', severity: 'breaking', direction: 'operation', meaning: 'a POST path was removed (or renamed)', why: URL_CHANGE },
  { id: 'permission-added', severity: 'info', direction: 'operation', meaning: 'a permission of one permission type (delegated work, delegated personal, application) now also allows the create', why: 'the policy lists no permission change; an app holding the old permissions is unaffected' },
  { id: 'permission-removed', severity: 'warning', direction: 'operation', meaning: 'a permission no longer allows the create, for one permission type', why: 'the policy lists no permission change, but an app granted only that permission may lose access: review it' },
  { id: 'request-property-added', severity: 'info', direction: 'request', meaning: 'the request body accepts a new optional property', why: PROPERTY_ADDED },
  { id: 'request-required-property-added', severity: 'breaking', direction: 'request', meaning: 'the request body has a new required property', why: `${URL_CHANGE}: a request that was valid is refused` },
  { id: 'request-property-removed', severity: 'breaking', direction: 'request', meaning: 'a property the request body accepted is gone', why: PROPERTY_REMOVED },
  { id: 'request-property-became-required', severity: 'breaking', direction: 'request', meaning: 'an optional request property became required', why: `${URL_CHANGE}: a request that was valid is refused` },
  { id: 'request-property-became-optional', severity: 'info', direction: 'request', meaning: 'a required request property became optional', why: 'the request body accepts more than before' },
  { id: 'request-property-type-changed', severity: 'breaking', direction: 'request', meaning: 'a request property changed type (primitive, enum or complex type name, collection <-> single)', why: PROPERTY_REMOVED },
  { id: 'request-odata-type-changed', severity: 'breaking', direction: 'request', meaning: "the example request's @odata.type names another type", why: `${URL_CHANGE}: the created type is part of the request` },
  { id: 'request-enum-value-added', severity: 'info', direction: 'request', meaning: 'a request property accepts a new enum value', why: `${ENUM_ADDED}; a request accepts more than before` },
  { id: 'request-enum-value-removed', severity: 'breaking', direction: 'request', meaning: 'a request property no longer accepts an enum value', why: `${PROPERTY_REMOVED}: the type accepts less, and a request that was valid is refused` },
  { id: 'request-constraint-tightened', severity: 'breaking', direction: 'request', meaning: 'a request property accepts less: a pattern, minimum, maximum or length was added or narrowed', why: `${URL_CHANGE}: a request that was valid is refused` },
  { id: 'request-constraint-loosened', severity: 'info', direction: 'request', meaning: 'a request property accepts more: a pattern, minimum, maximum or length was removed or widened', why: 'the request body accepts more than before' },
  { id: 'request-property-became-nullable', severity: 'info', direction: 'request', meaning: 'a request property now accepts null', why: 'the request body accepts more than before' },
  { id: 'request-property-became-non-nullable', severity: 'breaking', direction: 'request', meaning: 'a request property no longer accepts null', why: `${PROPERTY_REMOVED}: the type accepts less` },
  { id: 'response-property-added', severity: 'info', direction: 'response', meaning: 'the response has a new property', why: `${PROPERTY_ADDED} (response properties are nullable)` },
  { id: 'response-property-removed', severity: 'breaking', direction: 'response', meaning: 'a property the response had is gone', why: PROPERTY_REMOVED },
  { id: 'response-property-type-changed', severity: 'breaking', direction: 'response', meaning: 'a response property changed type (primitive, enum or complex type name, collection <-> single)', why: PROPERTY_REMOVED },
  { id: 'response-enum-value-added', severity: 'info', direction: 'response', meaning: 'a response enum gained a member after `unknownFutureValue`: sent only to clients that ask for it', why: `${ENUM_ADDED}; GUIDELINES: members added after the unknownFutureValue sentinel reach only clients that opt in` },
  { id: 'response-enum-value-added-before-sentinel', severity: 'warning', direction: 'response', meaning: 'a response enum gained a member that is not after `unknownFutureValue` (or the enum has no sentinel): every client may receive it', why: `${ENUM_ADDED}, but GUIDELINES put new members of an evolvable enum after unknownFutureValue; a client with an exhaustive switch may fail` },
  { id: 'response-enum-value-removed', severity: 'info', direction: 'response', meaning: 'a response enum lost a member: clients receive less than before', why: 'a client reading the response handles a subset of what it handled' },
  { id: 'response-constraint-tightened', severity: 'info', direction: 'response', meaning: 'a response property is narrower: a pattern, minimum, maximum or length was added or narrowed', why: 'a client reading the response receives a subset of what it received' },
  { id: 'response-constraint-loosened', severity: 'warning', direction: 'response', meaning: 'a response property is wider: a pattern, minimum, maximum or length was removed or widened', why: `${PROPERTY_REMOVED} when a client validates the old range: review it` },
  { id: 'response-property-became-nullable', severity: 'warning', direction: 'response', meaning: 'a response property may now be null', why: `${PROPERTY_REMOVED}: null is a new type for a client that reads it` },
  { id: 'response-property-became-non-nullable', severity: 'info', direction: 'response', meaning: 'a response property is never null any more', why: 'a client reading the response receives a subset of what it received' },
  { id: 'response-status-changed', severity: 'breaking', direction: 'response', meaning: 'the documented status of a create changed', why: URL_CHANGE },
  { id: 'response-id-no-longer-returned', severity: 'breaking', direction: 'response', meaning: 'the response no longer requires `id`', why: `${URL_CHANGE}: a client cannot address what it created` },
  { id: 'server-owned-property-added', severity: 'warning', direction: 'echo', meaning: 'a property became server-owned (read-only): what a client sends for it is no longer kept', why: `${PROPERTY_REMOVED}: a writable property is now read-only` },
  { id: 'server-owned-property-removed', severity: 'info', direction: 'echo', meaning: 'a server-owned property is no longer listed as such (now writable, or gone)', why: 'the contract asserts less about what the service fills' },
  { id: 'echo-field-added', severity: 'info', direction: 'echo', meaning: 'the service must now echo one more sent field', why: 'the contract promises more than before' },
  { id: 'echo-field-removed', severity: 'warning', direction: 'echo', meaning: 'a sent field is no longer echoed as sent', why: `${URL_CHANGE} for a client that reads back what it sent: review it` },
] as const satisfies readonly DiffRule[];

export type DiffRuleId = (typeof DIFF_RULES)[number]['id'];

const BY_ID = new Map<string, DiffRule>(DIFF_RULES.map((rule) => [rule.id, rule]));

export function diffRule(id: DiffRuleId): DiffRule {
  return BY_ID.get(id)!;
}

const SEVERITY_RANK: Record<ChangeSeverity, number> = { breaking: 3, warning: 2, info: 1 };

/** Whether `severity` is `threshold` or worse. */
export function atLeast(severity: ChangeSeverity, threshold: ChangeSeverity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** The rules as a markdown table (docs/diff.md holds it). */
export function diffRulesMarkdown(): string {
  const rows = DIFF_RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.direction} | ${markdownCell(rule.meaning)} | ${markdownCell(rule.why)} |`);
  return ['| rule | severity | direction | meaning | why |', '|---|---|---|---|---|', ...rows].join('\n');
}
