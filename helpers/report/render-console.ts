// What the reporter prints after vitest's own summary: the classes counted, the codes, the
// expectations line, and every path that did not pass grouped by class (capped per class, the
// full list is in the report files). Rendered from the same report object as the files.
import { countOf } from '../foundation/count-noun.ts';
import { judgedText, replayConsoleLines } from './replay-text.ts';
import { OUTCOME_CLASSES } from '../gate/outcome-rules.ts';
import type { ContractReport } from './contract-report.ts';
import { modelCheckLines } from './model-check-section.ts';
import { readSummaryText } from './read-delays.ts';

const PER_CLASS = 20;

export function renderConsoleSummary(report: ContractReport): string {
  const classes = OUTCOME_CLASSES.filter((c) => report.outcomeTotals[c] > 0).map((c) => `${c} ${report.outcomeTotals[c]}`);
  const codes = Object.entries(report.codeTotals).slice(0, 8).map(([code, n]) => `${code} ${n}`);
  const { expectations } = report;
  const out = [
    '',
    ...(report.startErrors ?? []).map((error) => `The run failed at start, no contract path ran: ${error.split('\n')[0]}`),
    `Contract paths: ${report.rows.length} (${classes.join(', ') || 'none'})`,
    ...(codes.length ? [`Codes: ${codes.join(', ')}${Object.keys(report.codeTotals).length > codes.length ? ', ...' : ''}`] : []),
    `Expectations${expectations.file ? ` (${expectations.file}${expectations.strict ? ', strict' : ''})` : ' (none: every path must pass)'}: ${expectations.unexpected} unexpected, ${expectations.fixed} fixed, ${expectations.expectedFailures} expected failures`,
    ...replayConsoleLines(report),
  ];
  for (const outcome of OUTCOME_CLASSES) {
    if (outcome === 'passed') continue;
    const rows = report.rows.filter((row) => row.outcome === outcome && row.expectation !== 'met');
    if (rows.length === 0) continue;
    out.push(`  ${outcome}, not as expected (${rows.length}):`);
    for (const row of rows.slice(0, PER_CLASS)) {
      const code = row.code ? ` [${row.code}${row.field ? ` ${row.field}` : ''}${row.fields?.length ? ` ${row.fields.join(', ')}` : ''}]` : '';
      const expected = row.expected ? `; expected ${row.expected.outcome}${row.expected.code ? ` (${row.expected.code})` : ''}` : '';
      const judged = row.judgedAgainst ? `; judged against: ${judgedText(row.judgedAgainst)}` : '';
      out.push(`    ${row.contract} ${row.pathTemplate}${code}${expected}${judged}`);
    }
    if (rows.length > PER_CLASS) out.push(`    ... and ${rows.length - PER_CLASS} more (see the report files)`);
  }
  const fixed = report.rows.filter((row) => row.expectation === 'fixed');
  if (fixed.length > 0) out.push(`  fixed (listed as failing, now passing: update the expectations file):`, ...fixed.slice(0, PER_CLASS).map((row) => `    ${row.contract} ${row.pathTemplate}`));
  if (report.changes) out.push(`Since the previous run (${report.changes.previousGeneratedAt}): ${countOf(report.changes.changed.length, 'path')} changed class or code, ${countOf(report.changes.addedContracts.length, 'contract')} added, ${report.changes.removedContracts.length} removed`);
  if (report.changesNote) out.push(report.changesNote);
  if (report.reads && (report.reads.appearedLater > 0 || report.reads.notFound > 0)) out.push(readSummaryText(report.reads));
  const model = modelCheckLines(report);
  if (model) out.push(`Model check: ${model.headline}`, ...model.errors.map((error) => `  ${error}`));
  return `${out.join('\n')}\n`;
}
