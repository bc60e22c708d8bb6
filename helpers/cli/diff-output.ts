// A contract diff in four formats: text (one line per change), JSON ({changes, counts}), a
// markdown changelog for a pull request body (breaking first, grouped by contract, each change
// linked to its page line) and SARIF (each change on its page line, through the one SARIF writer).
import { countOf } from '../foundation/count-noun.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import type { ContractChange } from '../diff/diff-contracts.ts';
import { CHANGE_SEVERITIES, DIFF_RULES, type ChangeSeverity } from '../diff/diff-rules.ts';
import type { ContractDiff } from '../diff/diff-sets.ts';
import { failureLink } from '../report/failure-link.ts';
import { markdownCode } from '../report/markdown-text.ts';
import { sarifJson, sarifLog, sentence, type SarifLevel } from '../report/sarif-log.ts';
import { TOOL } from './sarif-tool.ts';

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOutputOptions {
  /** Where the pages are published: each change links to `<base><page>#L<line>`. */
  docsBaseUrl?: string;
  /** Contracts whose tenant expectation may be stale after a breaking change. */
  staleExpectations?: ReadonlySet<string>;
}

const SARIF_LEVEL: Record<ChangeSeverity, SarifLevel> = { breaking: 'error', warning: 'warning', info: 'note' };
const HEADING: Record<ChangeSeverity, string> = { breaking: 'Breaking changes', warning: 'Warnings', info: 'Other changes' };

export function renderDiff(diff: ContractDiff, format: DiffFormat, options: DiffOutputOptions = {}): string {
  switch (format) {
    case 'text':
      return diffText(diff);
    case 'json':
      return `${JSON.stringify({ changes: diff.changes, counts: diff.counts, compared: diff.compared, changed: diff.changed }, null, 2)}\n`;
    case 'markdown':
      return diffMarkdown(diff, options);
    case 'sarif':
      return sarifJson(
        sarifLog(
          { ...TOOL, name: 'graph-contracts diff' },
          DIFF_RULES.map((rule) => ({ id: rule.id, level: SARIF_LEVEL[rule.severity], reason: rule.meaning, description: `${sentence(rule.meaning)} ${sentence(`${rule.severity} (${rule.direction}): ${rule.why}`)}`, docs: 'diff.md#rules' })),
          diff.changes.map((change) => ({
            ruleId: change.rule,
            level: SARIF_LEVEL[change.severity],
            message: `${change.contract}: ${change.message}`,
            file: change.where.file,
            ...(change.where.line ? { line: change.where.line } : {}),
            logicalName: change.property ? `${change.contract}/${change.property}` : change.contract,
          })),
        ),
      );
  }
}

export function summaryLine(diff: ContractDiff): string {
  const { bySeverity } = diff.counts;
  return `${countOf(diff.changes.length, 'change')} (${CHANGE_SEVERITIES.map((severity) => `${bySeverity[severity]} ${severity}`).join(', ')}) in ${diff.changed} of ${countOf(diff.compared, 'contract')} compared`;
}

function diffText(diff: ContractDiff): string {
  const lines = diff.changes.map((change) => `${change.severity} ${formatDiagnostic(change.where, `${change.contract}: ${change.message}`, change.rule)}`);
  const perRule = Object.entries(diff.counts.byRule).filter(([, count]) => count > 0).map(([rule, count]) => `  ${rule}: ${count}`);
  return [...lines, summaryLine(diff), ...perRule, ''].join('\n');
}

function byContract(changes: readonly ContractChange[]): Map<string, ContractChange[]> {
  const groups = new Map<string, ContractChange[]>();
  for (const change of changes) groups.set(change.contract, [...(groups.get(change.contract) ?? []), change]);
  return groups;
}

function changeLocation(change: ContractChange, docsBaseUrl: string | undefined): string {
  const link = failureLink(change.where, docsBaseUrl);
  return link.href ? `[${markdownCode(link.text)}](${link.href})` : markdownCode(link.text);
}

function diffMarkdown(diff: ContractDiff, options: DiffOutputOptions): string {
  const out: string[] = ['# Contract changes', '', summaryLine(diff), ''];
  if (diff.changes.length === 0) out.push('No contract changed: what differs between the two sets is wording, examples or sources only.', '');
  for (const severity of CHANGE_SEVERITIES) {
    const changes = diff.changes.filter((change) => change.severity === severity);
    if (changes.length === 0) continue;
    out.push(`## ${HEADING[severity]} (${changes.length})`, '');
    for (const [contract, group] of byContract(changes)) {
      out.push(`### ${markdownCode(contract)}`, '');
      if (severity === 'breaking' && options.staleExpectations?.has(contract)) {
        out.push(`> This contract is listed in the tenant expectations: its expectation may be stale after this change; review it at the next tenant run.`, '');
      }
      for (const change of group) {
        const property = change.property ? ` ${markdownCode(change.property)}` : '';
        out.push(`- ${markdownCode(change.rule)}${property}: ${markdownCode(change.message)} (${changeLocation(change, options.docsBaseUrl)})`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
