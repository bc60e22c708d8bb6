// The human summary, failures first: the expectations line, what changed since the last run,
// totals per class, code and check; then the paths that did not pass grouped by class, every
// check failure with field, sent and received, the skips and the relaxed constraints; then one
// row per contract path (failing rows first, each named by resource and version, the contract
// file beneath) with its class and one column per check. Also what goes to $GITHUB_STEP_SUMMARY.
import { countOf } from '../foundation/count-noun.ts';
import { CHECK_NAMES } from '../checks/check-types.ts';
import type { Where } from '../foundation/where.ts';
import type { CellOutcome, ContractReport, ReportRow } from './contract-report.ts';
import { failureLines } from './failure-lines.ts';
import { failureLink } from './failure-link.ts';
import { markdownCode, markdownText } from './markdown-text.ts';
import { modelCheckLines } from './model-check-section.ts';
import { appearedText, valueLabels } from './read-cell.ts';
import { readSummaryText } from './read-delays.ts';
import { changesSection, countTables, expectationsHeadline, outcomeSections, rewritesSection } from './render-outcomes.ts';
import { byResource, markdownRowName as rowName, relaxedByContract, relaxedText } from './row-grouping.ts';
import { replayHeadline } from './replay-summary.ts';
import { judgedCell, recordingLines, replayMarkdownSections } from './replay-text.ts';

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
    ...startFailureLines(report),
    expectationsHeadline(report),
    '',
    ...(report.replay ? [markdownText(replayHeadline(report.replay, report.rows.length)), ''] : []),
    ...(report.recorded ? [markdownText(recordingLines(report.recorded).join(' ')), ''] : []),
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
    ...(report.reads ? [markdownText(readSummaryText(report.reads)), ''] : []),
  ];
  if (report.unreadableContracts.length > 0) {
    out.push(`## ${countOf(report.unreadableContracts.length, 'contract file')} could not be read (they did not run)`, '');
    for (const entry of report.unreadableContracts) out.push(`- \`${entry.file}\`${entry.field ? ` > \`${entry.field}\`` : ''}: ${entry.message} [${entry.code}]`);
    out.push('');
  }
  out.push(...modelCheckSection(report));
  const limit = options.maxRows ?? Number.POSITIVE_INFINITY;
  const rows = [...report.rows].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || byResource(a, b));
  out.push(...outcomeSections(rows), ...failureSection(rows, report.docsBaseUrl), ...skipSection(rows), ...relaxedSection(rows));
  const listed = rows.length <= limit ? rows : rows.filter((r) => r.verdict !== 'passed' || r.expectation !== 'met');
  out.push(`## Paths (${rows.length})`, '');
  if (listed.length < rows.length) out.push(`_${rows.length - listed.length} passing rows omitted; see reports/contract-report.md._`, '');
  const judged = report.replay ? ' judged against |' : '';
  out.push(`| resource | path | HTTP | class | expectation | ${CHECK_NAMES.join(' | ')} | retries |${judged}`, `|---|---|---|---|---|${CHECK_NAMES.map(() => '---').join('|')}|---|${judged ? '---|' : ''}`);
  for (const row of listed) out.push(tableRow(row) + (judged ? ` ${judgedCell(row.judgedAgainst)} |` : ''));
  out.push('', ...replayMarkdownSections(report, rows), ...rewritesSection(listed), ...retrySection(report), ...cleanupSection(report));
  return out.join('\n') + '\n';
}

const VERDICT_ORDER: Record<CellOutcome, number> = { failed: 0, error: 1, skipped: 2, passed: 3 };

function startFailureLines(report: ContractReport): string[] {
  if (!report.startErrors?.length) return [];
  return ['**The run failed at start: no contract path ran.**', '', ...report.startErrors.map((error) => `- ${markdownText(error)}`), ''];
}

function tableRow(row: ReportRow): string {
  const cells = CHECK_NAMES.map((c) => (row.checks[c] ? `${ICON[row.checks[c].outcome]}${c === 'read' && appearedText(row) ? ` ${appearedText(row)}` : ''}` : '—'));
  const code = row.code && row.outcome !== 'passed' ? ` ${markdownCode(row.code)}` : '';
  return `| ${rowName(row)}<br><sub>${markdownText(row.contract)}</sub> | \`${row.pathTemplate}\` | ${row.status ?? ''} | ${row.outcome}${code} | ${row.expectation} | ${cells.join(' | ')} | ${row.retries.length || ''} |`;
}

function relaxedSection(rows: ReportRow[]): string[] {
  const byContract = relaxedByContract(rows);
  if (byContract.size === 0) return [];
  const out = [`## Relaxed constraints (${byContract.size} contracts)`, '', "Documented on the page, not asserted by the contract: the page's own example breaks them.", ''];
  for (const [contract, { row, relaxed }] of byContract) {
    out.push(`- ${rowName(row)} ${markdownCode(contract)}`, ...relaxed.map((entry) => `  - ${markdownText(relaxedText(entry))}`));
  }
  return [...out, ''];
}

/** Check by check, for broken contracts and errors of the run (a refusal's evidence is its Graph error, above). */
function failureSection(rows: ReportRow[], docsBaseUrl: string | undefined): string[] {
  const failing = rows.filter((r) => (r.verdict === 'failed' || r.verdict === 'error') && (r.outcome === 'contract-broken' || r.runError));
  if (failing.length === 0) return [];
  const out = [`## Check failures (${failing.length})`, ''];
  for (const row of failing) {
    out.push(`### ${rowName(row)} \`${row.pathTemplate}\``, '', `${markdownCode(row.contract)}`, '');
    if (row.verdict === 'error') out.push(`- 💥 target error: ${markdownText(row.skipReason ?? '')}`);
    for (const { checks, failure: f, values } of failureLines(row)) {
      out.push(`- **${checks.join(', ')}** \`${f.code}\`${f.field ? ` at \`${f.field}\`` : ''}: ${markdownText(f.message)}${f.where ? pageLine(f.where, docsBaseUrl) : ''}`);
      if ('sent' in values || 'received' in values) {
        const [before, after] = valueLabels(checks[0]!);
        out.push('  ```diff', ...('sent' in values ? [`  - ${`${before}:`.padEnd(9)} ${shown(values.sent)}`] : []), ...('received' in values ? [`  + ${`${after}:`.padEnd(9)} ${shown(values.received)}`] : []), '  ```');
      }
    }
    out.push('');
  }
  return out;
}

/** ` (documented at [`page:line`](<base>page#Lline))`, or the location as code to copy without a base URL. */
function pageLine(where: Where, docsBaseUrl: string | undefined): string {
  const link = failureLink(where, docsBaseUrl);
  const code = `\`${link.text.replace(/`/g, "'")}\``;
  return ` (documented at ${link.href ? `[${code}](<${link.href}>)` : code})`;
}

function skipSection(rows: ReportRow[]): string[] {
  const skipped = rows.filter((r) => r.verdict === 'skipped');
  if (skipped.length === 0) return [];
  return [`## Skipped (${skipped.length})`, '', ...skipped.map((r) => `- ${rowName(r)} \`${r.pathTemplate}\` (${markdownCode(r.contract)}): ${markdownText(r.skipReason ?? '')}`), ''];
}

/** Every retried answer with its reason, so a throttled run shows what it survived. */
function retrySection(report: ContractReport): string[] {
  const lines = [
    ...report.rows.flatMap((row) => row.retries.map((r) => `- ${markdownText(row.contract)} \`${row.pathTemplate}\` attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${markdownText(r.reason)})`)),
    ...report.cleanup.retries.map((r) => `- cleanup attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${markdownText(r.reason)})`),
  ];
  return lines.length === 0 ? [] : ['## Retries', '', ...lines, ''];
}

/** The tenant run's check of the contracts against the service's model (GRAPH_METADATA). */
function modelCheckSection(report: ContractReport): string[] {
  const lines = modelCheckLines(report);
  if (!lines) return [];
  const out = ['## Model check', '', markdownText(lines.headline), ''];
  for (const error of lines.errors) out.push(`- 💥 ${markdownText(error)}`);
  if (lines.errors.length) out.push('');
  if (lines.findings.length) {
    out.push('| page:line | code | severity | message |', '|---|---|---|---|');
    for (const f of lines.findings) out.push(`| ${markdownCode(f.location)} | \`${f.code}\` | ${f.severity} | ${markdownText(f.message)} |`);
    out.push('');
  }
  return out;
}

function cleanupSection(report: ContractReport): string[] {
  const { cleanup } = report;
  const out = ['## Cleanup', '', `Deleted ${cleanup.deleted}${cleanup.alreadyGone ? `; ${cleanup.alreadyGone} already gone` : ''}; ${cleanup.leftovers.length} left over.`];
  for (const l of cleanup.leftovers) out.push(`- \`${l.path}\` id \`${l.id}\`: ${markdownText(l.reason)}`);
  for (const e of cleanup.errors) out.push(`- cleanup error: ${markdownText(e)}`);
  for (const e of report.unhandledErrors) out.push(`- unhandled error: ${markdownText(e)}`);
  return [...out, ''];
}

function shown(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

