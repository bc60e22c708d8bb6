// The outcome parts of the markdown report (and so of the HTML and the job summary): the
// expectations line it leads with, what changed since the previous run, the counts per class
// and per code, and the paths that did not pass grouped by class, unexpected ones first.
import { OUTCOME_CLASSES } from '../gate/outcome-rules.ts';
import type { ContractReport, ReportRow } from './contract-report.ts';
import { markdownCode, markdownText } from './markdown-text.ts';
import { markdownRowName } from './row-grouping.ts';

export function expectationsHeadline(report: ContractReport): string {
  const { expectations: e } = report;
  const against = e.file ? `against \`${e.file}\`${e.strict ? ' (strict: fixed paths fail the run)' : ''}` : 'no expectations file: every path must pass';
  return `**${e.unexpected} unexpected, ${e.fixed} fixed, ${e.expectedFailures} expected failures** (${against})`;
}

export function changesSection(report: ContractReport): string[] {
  if (report.changesNote) return ['## Changes since the previous run', '', `_${markdownText(report.changesNote)}_`, ''];
  const changes = report.changes;
  if (!changes) return [];
  const out = ['## Changes since the previous run', '', `Compared with the report of ${changes.previousGeneratedAt}.`, ''];
  if (changes.changed.length + changes.addedContracts.length + changes.removedContracts.length + changes.addedPaths.length + changes.removedPaths.length === 0) return [...out, 'Nothing changed.', ''];
  if (changes.changed.length > 0) {
    out.push('| contract | path | before | now |', '|---|---|---|---|');
    for (const c of changes.changed) out.push(`| ${markdownText(c.contract)} | \`${c.pathTemplate}\` | ${shown(c.before)} | ${shown(c.after)} |`);
    out.push('');
  }
  const list = (title: string, items: string[]) => (items.length > 0 ? [`${title} (${items.length}):`, ...items.map((item) => `- ${item}`), ''] : []);
  out.push(
    ...list('New contracts', changes.addedContracts.map(markdownText)),
    ...list('Removed contracts', changes.removedContracts.map(markdownText)),
    ...list('New paths', changes.addedPaths.map((p) => `${markdownText(p.contract)} \`${p.pathTemplate}\``)),
    ...list('Removed paths', changes.removedPaths.map((p) => `${markdownText(p.contract)} \`${p.pathTemplate}\``)),
  );
  return out;
}

export function countTables(report: ContractReport): string[] {
  const out = ['| class | paths |', '|---|---|', ...OUTCOME_CLASSES.map((c) => `| ${c} | ${report.outcomeTotals[c]} |`), ''];
  const codes = Object.entries(report.codeTotals);
  if (codes.length > 0) out.push('| code | paths |', '|---|---|', ...codes.map(([code, n]) => `| ${markdownCode(code)} | ${n} |`), '');
  return out;
}

/** Paths that did not pass, by class: what the run did not expect first, then what the baseline knows. */
export function outcomeSections(rows: readonly ReportRow[]): string[] {
  const notPassed = rows.filter((row) => row.outcome !== 'passed' && row.outcome !== 'skipped');
  const out: string[] = [];
  for (const [title, wanted] of [['Not as expected', (r: ReportRow) => r.expectation === 'unexpected'], ['Expected failures', (r: ReportRow) => r.expectation === 'met']] as const) {
    const picked = notPassed.filter(wanted);
    if (picked.length === 0) continue;
    out.push(`## ${title} (${picked.length})`, '');
    for (const outcome of OUTCOME_CLASSES) {
      const group = picked.filter((row) => row.outcome === outcome);
      if (group.length === 0) continue;
      out.push(`### ${outcome} (${group.length})`, '');
      for (const row of group) out.push(`- ${markdownRowName(row)} \`${row.pathTemplate}\` (${markdownCode(row.contract)})${detail(row)}`);
      out.push('');
    }
  }
  const fixed = rows.filter((row) => row.expectation === 'fixed');
  if (fixed.length > 0) {
    out.push(`## Fixed (${fixed.length}): listed as failing, now passing`, '', ...fixed.map((row) => `- ${markdownRowName(row)} \`${row.pathTemplate}\` (${markdownCode(row.contract)}): was expected ${shown(row.expected ?? { outcome: 'passed' })}`), '');
  }
  return out;
}

/** Where the sent body was not the documented example: field, documented, sent and why. */
export function rewritesSection(rows: readonly ReportRow[]): string[] {
  const rewritten = rows.filter((row) => row.rewrites?.length);
  if (rewritten.length === 0) return [];
  const out = [`## Request bodies rewritten for the tenant (${rewritten.length} paths)`, ''];
  for (const row of rewritten) {
    const fields = row.rewrites!.map((r) => `${markdownCode(r.field)} ${value(r.documented)} → ${value(r.sent)} (${r.why})`);
    out.push(`- ${markdownText(row.contract)} \`${row.pathTemplate}\`: ${fields.join('; ')}`);
  }
  return [...out, ''];
}

function value(v: unknown): string {
  return v === undefined ? '(absent)' : `${markdownCode(JSON.stringify(v))}`;
}

function detail(row: ReportRow): string {
  const parts = [row.status !== undefined ? `HTTP ${row.status}` : undefined, row.code ? `${markdownCode(row.code)}` : undefined, row.field ? `field ${markdownCode(row.field)}` : undefined, row.fields?.length ? `${row.fields.length === 1 ? 'property' : 'properties'} ${row.fields.map(markdownCode).join(', ')}` : undefined].filter(Boolean);
  const expected = row.expectation === 'unexpected' && row.expected ? `; expected ${shown(row.expected)}` : '';
  const words = row.expected?.reason && row.expectation === 'met' ? `: ${markdownText(row.expected.reason)}` : row.message ? `: ${markdownText(row.message)}` : '';
  return `${parts.length ? ` (${parts.join(', ')})` : ''}${expected}${words}`;
}

function shown(state: { outcome: string; code?: string; fields?: string[] }): string {
  const fields = state.fields?.length ? ` ${state.fields.map(markdownCode).join(', ')}` : '';
  return `${state.outcome}${state.code ? ` (${markdownCode(state.code)}${fields})` : ''}`;
}

