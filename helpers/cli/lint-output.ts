// The lint's three outputs, rendered from the one LintResult: human text, JSON, SARIF.
import type { JsonObject, JsonValue } from '../foundation/contract-types.ts';
import { countOf } from '../foundation/count-noun.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import type { LintResult, MatrixRow } from '../model/lint-contracts.ts';
import { logicalName, type LintFinding } from '../model/lint-finding.ts';
import { LINT_RULES, type Severity } from '../model/lint-rules.ts';
import { sarifJson, sarifLog, sentence } from '../report/sarif-log.ts';
import { TOOL } from './sarif-tool.ts';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** What a finding of each severity means for the page and the run (`lint` exits 1 at `--fail-on error` by default). */
const SEVERITY_MEANS: Record<Severity, string> = {
  error: 'An error: the page documents something the service model does not have, so a client following the page fails; fix the page (or the contract), and `lint` exits 1 by default.',
  warning: 'A warning: the page and the service model disagree on a detail a client may rely on; review the page.',
  note: 'A note: information about the page against the model, nothing to fix by itself.',
};


export function renderLint(result: LintResult, format: LintFormat): string {
  if (format === 'json') return `${JSON.stringify(lintJson(result), null, 2)}\n`;
  if (format === 'sarif') return sarifJson(lintSarif(result));
  return lintText(result);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export function lintSarif(result: LintResult): JsonObject {
  const rules = LINT_RULES.map((rule) => ({ id: rule.code, level: rule.severity, reason: rule.reason, description: `${sentence(rule.reason)} ${SEVERITY_MEANS[rule.severity]}`, docs: 'model-check.md#lint-rules' }));
  const results = result.findings.map((finding) => ({
    ruleId: finding.code,
    level: finding.severity,
    message: finding.message,
    file: finding.file,
    logicalName: logicalName(finding),
    ...(finding.line ? { line: finding.line } : {}),
  }));
  return sarifLog(TOOL, rules, results);
}

function lintJson(result: LintResult): JsonObject {
  const findings: JsonValue[] = result.findings.map((finding) => ({ ...finding, logicalName: logicalName(finding) }));
  return {
    models: result.models,
    contracts: result.contracts,
    notLinted: result.notLinted,
    summary: { byCode: countBy(result.findings, (f) => f.code), bySeverity: countBy(result.findings, (f) => f.severity) },
    findings,
    matrix: result.matrix.map((row) => ({ ...row, models: { ...row.models } })) as unknown as JsonValue,
    matrixTotals: matrixTotals(result),
  };
}

/** Per model: contracts it was asked about, with the entity type, with a resolving POST path. */
export function matrixTotals(result: LintResult): Record<string, { contracts: number; entityType: number; pathResolves: number }> {
  const totals: Record<string, { contracts: number; entityType: number; pathResolves: number }> = {};
  for (const row of result.matrix) {
    for (const [label, cell] of Object.entries(row.models)) {
      const total = (totals[label] ??= { contracts: 0, entityType: 0, pathResolves: 0 });
      total.contracts += 1;
      if (cell.entityType) total.entityType += 1;
      if (cell.pathsResolved > 0) total.pathResolves += 1;
    }
  }
  return totals;
}

function lintText(result: LintResult): string {
  const lines = result.findings.map(formatFinding);
  const severities = countBy(result.findings, (f) => f.severity);
  const linted = result.contracts - result.notLinted.length;
  lines.push('', `${countOf(result.findings.length, 'finding')} on ${countOf(linted, 'contract')} (${(['error', 'warning', 'note'] as Severity[]).map((s) => countOf(severities[s] ?? 0, s)).join(', ')}) against ${result.models.map((m) => m.label).join(', ')}`);
  for (const [code, count] of Object.entries(countBy(result.findings, (f) => f.code)).sort()) lines.push(`  ${code}: ${count}`);
  if (result.notLinted.length > 0) {
    const versions = [...new Set(result.notLinted.map((entry) => entry.apiVersion))].join(', ');
    lines.push(`${countOf(result.notLinted.length, 'contract')} not linted: no model of their version (${versions}) was given`);
  }
  const totals = Object.entries(matrixTotals(result));
  if (totals.length > 1) {
    lines.push('', 'Availability (contracts with the entity type / with a POST path that resolves):');
    for (const [label, total] of totals) lines.push(`  ${label}: ${total.entityType} / ${total.pathResolves} of ${total.contracts}`);
    const uneven = result.matrix.filter(isUneven);
    if (uneven.length > 0) {
      lines.push(`Contracts not available in every model (${uneven.length}):`);
      for (const row of uneven) lines.push(`  ${row.file} (${row.resource}): ${Object.entries(row.models).map(([label, cell]) => `${label} ${cell.entityType ? 'type' : 'no type'}, ${cell.pathsResolved}/${cell.pathsTotal} paths`).join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function isUneven(row: MatrixRow): boolean {
  const cells = Object.values(row.models).map((cell) => `${cell.entityType}/${cell.pathsResolved > 0}`);
  return new Set(cells).size > 1;
}

/** `severity page:line > section > resource/property: message [CODE]`, the project's one diagnostic format. */
export function formatFinding(finding: LintFinding): string {
  return `${finding.severity} ${formatDiagnostic({ ...finding, field: logicalName(finding) }, finding.message, finding.code)}`;
}
