// The human summary: the expectations line, what changed since the last run, totals per
// class, code and check, one row per contract path with its class and one column per check,
// the paths that did not pass grouped by class, then every check failure with field, sent and
// received. Also what goes to $GITHUB_STEP_SUMMARY.
import { CHECK_NAMES } from '../checks/check-types.ts';
import type { CellOutcome, ContractReport, ReportRow } from './contract-report.ts';
import { changesSection, countTables, expectationsHeadline, outcomeSections } from './render-outcomes.ts';

const ICON: Record<CellOutcome, string> = { passed: '✅', failed: '❌', skipped: '⏭️', error: '💥' };

export interface MarkdownOptions {
  /** Rows listed in the table; beyond it only failing and skipped rows are listed. */
  maxRows?: number;
}

export function renderMarkdown(report: ContractReport, options: MarkdownOptions = {}): string {
  const { totals } = report;
  const out: string[] = [
    '# Contract gate',
    '',
    expectationsHeadline(report),
    '',
    `Run \`${report.runId}\`, ${report.generatedAt}.`,
    '',
    ...changesSection(report),
    `${totals.paths} contract paths on ${report.targets.join(', ') || 'no target'}${report.shards.length ? ` (shards ${report.shards.join(', ')})` : ''}: ` +
      `${totals.passed} passed, ${totals.failed} failed, ${totals.error} errored, ${totals.skipped} skipped.`,
    '',
    ...countTables(report),
    '| check | passed | failed | skipped | error |',
    '|---|---|---|---|---|',
    ...CHECK_NAMES.map((c) => `| ${c} | ${report.checkTotals[c].passed} | ${report.checkTotals[c].failed} | ${report.checkTotals[c].skipped} | ${report.checkTotals[c].error} |`),
    '',
  ];
  if (report.unreadableContracts.length > 0) {
    out.push(`## ${report.unreadableContracts.length} contract file(s) could not be read (they did not run)`, '');
    for (const entry of report.unreadableContracts) out.push(`- \`${entry.file}\`${entry.field ? ` > \`${entry.field}\`` : ''}: ${entry.message} [${entry.code}]`);
    out.push('');
  }
  const limit = options.maxRows ?? Number.POSITIVE_INFINITY;
  const listed = report.rows.length <= limit ? report.rows : report.rows.filter((r) => r.verdict !== 'passed' || r.expectation !== 'met');
  if (listed.length < report.rows.length) out.push(`_${report.rows.length - listed.length} passing rows omitted; see reports/contract-report.md._`, '');
  out.push(`| contract | path | HTTP | class | expectation | ${CHECK_NAMES.join(' | ')} | retries |`, `|---|---|---|---|---|${CHECK_NAMES.map(() => '---').join('|')}|---|`);
  for (const row of listed) out.push(tableRow(row));
  out.push('', ...outcomeSections(report.rows), ...failureSection(report.rows), ...skipSection(report.rows), ...retrySection(report), ...cleanupSection(report));
  return out.join('\n') + '\n';
}

function tableRow(row: ReportRow): string {
  const cells = CHECK_NAMES.map((c) => (row.checks[c] ? ICON[row.checks[c].outcome] : '—'));
  const code = row.code && row.outcome !== 'passed' ? ` \`${esc(row.code)}\`` : '';
  return `| ${esc(row.contract)} | \`${row.pathTemplate}\` | ${row.status ?? ''} | ${row.outcome}${code} | ${row.expectation} | ${cells.join(' | ')} | ${row.retries.length || ''} |`;
}

/** Check by check, for broken contracts and errors of the run (a refusal's evidence is its Graph error, above). */
function failureSection(rows: ReportRow[]): string[] {
  const failing = rows.filter((r) => (r.verdict === 'failed' || r.verdict === 'error') && (r.outcome === 'contract-broken' || r.runError));
  if (failing.length === 0) return [];
  const out = ['## Check failures', ''];
  for (const row of failing) {
    out.push(`### ${esc(row.contract)} \`${row.pathTemplate}\``, '');
    if (row.verdict === 'error') out.push(`- 💥 target error: ${esc(row.skipReason ?? '')}`);
    for (const c of CHECK_NAMES) {
      for (const f of row.checks[c]?.failures ?? []) {
        out.push(`- **${c}** \`${f.code}\`${f.field ? ` at \`${f.field}\`` : ''}: ${esc(f.message)}`);
        if (f.sent !== undefined || f.received !== undefined) {
          out.push('  ```diff', `  - sent:     ${shown(f.sent)}`, `  + received: ${shown(f.received)}`, '  ```');
        }
      }
    }
    out.push('');
  }
  return out;
}

function skipSection(rows: ReportRow[]): string[] {
  const skipped = rows.filter((r) => r.verdict === 'skipped');
  if (skipped.length === 0) return [];
  return ['## Skipped', '', ...skipped.map((r) => `- ${esc(r.contract)} \`${r.pathTemplate}\`: ${esc(r.skipReason ?? '')}`), ''];
}

/** Every retried answer with its reason, so a throttled run shows what it survived. */
function retrySection(report: ContractReport): string[] {
  const lines = [
    ...report.rows.flatMap((row) => row.retries.map((r) => `- ${esc(row.contract)} \`${row.pathTemplate}\` attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${esc(r.reason)})`)),
    ...report.cleanup.retries.map((r) => `- cleanup attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${esc(r.reason)})`),
  ];
  return lines.length === 0 ? [] : ['## Retries', '', ...lines, ''];
}

function cleanupSection(report: ContractReport): string[] {
  const { cleanup } = report;
  const out = ['## Cleanup', '', `Deleted ${cleanup.deleted}; ${cleanup.leftovers.length} left over.`];
  for (const l of cleanup.leftovers) out.push(`- \`${l.path}\` id \`${l.id}\`: ${esc(l.reason)}`);
  for (const e of cleanup.errors) out.push(`- cleanup error: ${esc(e)}`);
  for (const e of report.unhandledErrors) out.push(`- unhandled error: ${esc(e)}`);
  return [...out, ''];
}

function shown(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

function esc(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
