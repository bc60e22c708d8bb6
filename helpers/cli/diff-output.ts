// A contract diff in four formats: text (one line per change), JSON ({changes, counts}), the
// markdown changelog of a pull request body (changelog-markdown.ts: breaking first, under 60,000
// characters at any scale) and SARIF (each change on its page line, through the one SARIF writer).
import { formatDiagnostic } from '../foundation/where.ts';
import { DIFF_RULES, type ChangeSeverity } from '../diff/diff-rules.ts';
import type { ContractDiff } from '../diff/diff-sets.ts';
import { sarifJson, sarifLog, sentence, type SarifLevel } from '../report/sarif-log.ts';
import { changelogMarkdown, summaryLine, type ChangelogOptions } from './changelog-markdown.ts';
import { TOOL } from './sarif-tool.ts';

export { summaryLine };

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export type DiffOutputOptions = ChangelogOptions;

const SARIF_LEVEL: Record<ChangeSeverity, SarifLevel> = { breaking: 'error', warning: 'warning', info: 'note' };

export function renderDiff(diff: ContractDiff, format: DiffFormat, options: DiffOutputOptions = {}): string {
  switch (format) {
    case 'text':
      return diffText(diff);
    case 'json':
      return `${JSON.stringify({ changes: diff.changes, counts: diff.counts, compared: diff.compared, changed: diff.changed, before: diff.before, after: diff.after }, null, 2)}\n`;
    case 'markdown':
      return changelogMarkdown(diff, options);
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

function diffText(diff: ContractDiff): string {
  const lines = diff.changes.map((change) => `${change.severity} ${formatDiagnostic(change.where, `${change.contract}: ${change.message}`, change.rule)}`);
  const perRule = Object.entries(diff.counts.byRule).filter(([, count]) => count > 0).map(([rule, count]) => `  ${rule}: ${count}`);
  return [...lines, summaryLine(diff), ...perRule, ''].join('\n');
}
