// Every finding the model lint can report, as data: a stable code, a default severity and the
// one-line reason. docs/model-check.md's table is generated from this one (npm run docs), and the
// SARIF output declares exactly these as its rules.

import { markdownCell } from '../foundation/markdown-cell.ts';
import type { Severity } from '../foundation/where.ts';

export type { Severity };

export interface LintRule {
  code: string;
  severity: Severity;
  reason: string;
}

export const LINT_RULES = [
  { code: 'ENTITY_TYPE_NOT_IN_MODEL', severity: 'error', reason: "neither the example's @odata.type nor namespace.resource is an entity type of the model" },
  { code: 'PROPERTY_NOT_IN_MODEL', severity: 'error', reason: 'a documented property is declared neither on the entity type nor on its base types' },
  { code: 'PROPERTY_IS_NAVIGATION', severity: 'warning', reason: 'a documented property is a navigation property in the model: a relationship, not part of the created body' },
  { code: 'PROPERTY_TYPE_MISMATCH', severity: 'warning', reason: "a documented type (primitive, enum or complex type name) differs from the model's" },
  { code: 'PROPERTY_COLLECTION_MISMATCH', severity: 'warning', reason: 'the page and the model disagree on whether a property is a collection' },
  { code: 'ENUM_MEMBER_NOT_IN_MODEL', severity: 'warning', reason: "the page lists an enum value the model's enum type lacks" },
  { code: 'ENUM_MEMBER_NOT_ON_PAGE', severity: 'warning', reason: 'the model declares an enum member (before unknownFutureValue) the page does not list' },
  { code: 'ENUM_EVOLVABLE_MEMBER_NOT_ON_PAGE', severity: 'note', reason: 'a member from unknownFutureValue on (the evolvable tail, sent only to clients that ask for it) is not on the page' },
  { code: 'ENUM_VALUES_NOT_ON_PAGE', severity: 'warning', reason: 'the model types the property as an enum but the page lists no values' },
  { code: 'FLAGS_ENUM', severity: 'note', reason: 'the model declares the enum IsFlags: a value may be a comma-separated combination of members' },
  { code: 'MODEL_PROPERTIES_NOT_ON_PAGE', severity: 'note', reason: "coverage: structural properties of the type and its bases that the page's table does not list" },
  { code: 'POST_PATH_UNRESOLVED', severity: 'error', reason: 'a POST path does not resolve through the model (entity sets, singletons, navigation properties, type casts)' },
  { code: 'POST_PATH_NOT_COLLECTION', severity: 'error', reason: 'a POST path resolves to a single entity or value, not to a collection one can create in' },
  { code: 'POST_PATH_WRONG_TYPE', severity: 'error', reason: "a POST path resolves to a collection of a type that is neither the contract's type nor one of its bases" },
] as const satisfies readonly LintRule[];

export type LintCode = (typeof LINT_RULES)[number]['code'];

const BY_CODE = new Map<string, LintRule>(LINT_RULES.map((rule) => [rule.code, rule]));

export function lintRule(code: LintCode): LintRule {
  return BY_CODE.get(code)!;
}

/** The rules as a markdown table: docs/model-check.md holds it (`npm run docs`). */
export function lintRulesMarkdown(): string {
  const rows = LINT_RULES.map((rule) => `| \`${rule.code}\` | ${rule.severity} | ${markdownCell(rule.reason)} |`);
  return ['| code | default severity | reason |', '|---|---|---|', ...rows].join('\n');
}
