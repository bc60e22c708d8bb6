// The report a person opens: one static HTML file rendered from the same ContractReport as the
// markdown. Built for corpus size (1,500+ paths, thousands of model findings): a short summary
// and the filter bar first, then at once the paths grouped by outcome, what failed (or, against
// a baseline, what was not expected) first and open, passes collapsed; everything long comes
// after them: the per-class summary, the model check (folded), relaxed constraints, retries.
// Each row is named by its resource and version (the contract file and dialect as secondary
// text); a filter by outcome, check and text, the text also over the model findings.
import { countOf } from '../foundation/count-noun.ts';
import { CHECK_NAMES, type CheckName } from '../checks/check-types.ts';
import type { RelaxedProperty } from '../gate/path-outcome.ts';
import type { CellOutcome, ContractReport, ReportRow } from './contract-report.ts';
import { appearedText } from './read-cell.ts';
import { readSummaryText } from './read-delays.ts';
import { REPORT_SCRIPT, REPORT_STYLE } from './html-assets.ts';
import { htmlText as esc } from './html-text.ts';
import { whyLinesHtml } from './render-html-failures.ts';
import { modelCheckHtml } from './render-html-model-check.ts';
import { outcomeSummaryHtml, rewriteLinesHtml } from './render-html-outcomes.ts';
import { judgedLineHtml, replayHeadlineHtml, replayNotesHtml, requestDifferenceLinesHtml } from './render-html-replay.ts';
import { byResource, relaxedByContract, relaxedText } from './row-grouping.ts';

const GROUPS: Array<{ outcome: CellOutcome; title: string }> = [
  { outcome: 'failed', title: 'Failed' },
  { outcome: 'error', title: 'Errored' },
  { outcome: 'skipped', title: 'Skipped' },
  { outcome: 'passed', title: 'Passed' },
];
const EXPECTATION_ORDER: Record<ReportRow['expectation'], number> = { unexpected: 0, fixed: 1, met: 2 };
/** In each group, what the baseline did not expect first, then by resource. */
const unexpectedFirst = (a: ReportRow, b: ReportRow) => EXPECTATION_ORDER[a.expectation] - EXPECTATION_ORDER[b.expectation] || byResource(a, b);
/** Groups of skips and passes longer than this start collapsed; failures are always open. */
const COLLAPSE_ABOVE = 50;
const CELL_TEXT: Record<CellOutcome, string> = { passed: 'pass', failed: 'FAIL', skipped: 'skip', error: 'ERROR' };

export function renderHtml(report: ContractReport): string {
  const { totals } = report;
  const e = report.expectations;
  const title = report.startErrors?.length
    ? 'Contract gate: the run failed at start'
    : e.file
    ? `Contract gate: ${e.unexpected} unexpected, ${e.expectedFailures} as expected of ${totals.paths} paths`
    : `Contract gate: ${totals.failed + totals.error > 0 ? `${totals.failed + totals.error} of ${totals.paths} paths failed` : `${totals.paths} paths, none failed`}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${REPORT_STYLE}</style></head>
<body>
${summary(report)}
${filterBar()}
<main>
${pathGroups(report).map(({ rows, outcome, title: groupTitle, open }) => group(rows, outcome, groupTitle, report.docsBaseUrl, open)).join('\n')}
${outcomeSummaryHtml(report)}
${modelCheckHtml(report)}
${relaxedSection(report.rows)}
${retrySection(report)}
${cleanupSection(report)}
</main>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function summary(report: ContractReport): string {
  const tile = (outcome: CellOutcome | 'paths' | 'expected' | 'fixed', label: string, value: number) =>
    `<div class="tile ${outcome}${value > 0 ? ' some' : ''}"><b>${value}</b>${label}</div>`;
  const where = `${report.targets.join(', ') || 'no target'}${report.shards.length ? `, shards ${report.shards.join(', ')}` : ''}`;
  const relaxed = relaxedByContract(report.rows);
  const notes = [
    ...(report.startErrors ?? []).map((error) => `<li>the run failed at start, no contract path ran: ${esc(error)}</li>`),
    ...report.unreadableContracts.map((entry) => `<li>contract file <code>${esc(entry.file)}</code>${entry.field ? ` &gt; <code>${esc(entry.field)}</code>` : ''} could not be read: ${esc(entry.message)} [${esc(entry.code)}] (did not run)</li>`),
    ...report.unhandledErrors.map((error) => `<li>unhandled error: ${esc(error)}</li>`),
    ...report.crossShardDuplicateIds.map((id) => `<li>id <code>${esc(id)}</code> returned in two shards</li>`),
    ...(report.reads ? [`<li>${esc(readSummaryText(report.reads))}</li>`] : []),
    ...(report.cleanup.leftovers.length ? [`<li><a href="#cleanup">${report.cleanup.leftovers.length} created entities left over</a></li>`] : []),
    ...replayNotesHtml(report),
    ...(report.modelCheck ? [`<li><a href="#model-check">Model check: ${countOf(report.modelCheck.findings.length, 'finding')}${report.modelCheck.errors.length ? `, ${countOf(report.modelCheck.errors.length, 'model')} unavailable` : ''}</a> (below the paths)</li>`] : []),
    ...(report.changes || report.changesNote ? ['<li><a href="#changes">Changes since the previous run</a></li>'] : []),
    ...(relaxed.size ? [`<li><a href="#relaxed">${[...relaxed.values()].reduce((n, entry) => n + entry.relaxed.length, 0)} documented constraints relaxed in ${relaxed.size} contracts</a> (the page's example breaks them)</li>`] : []),
  ];
  return `<header>
<h1>Contract gate</h1>
<p class="run">Run <code>${esc(report.runId)}</code> · ${esc(report.generatedAt)} · ${esc(where)}</p>
${replayHeadlineHtml(report)}
${verdictAndTiles(report, tile)}
${checkCountsTable(report)}</div>
${notes.length ? `<ul class="notes">${notes.join('')}</ul>` : ''}
</header>`;
}

/**
 * The first thing a person reads is the verdict. With a baseline that is what differs from it:
 * unexpected, as expected, fixed, passed (a run with 133 known refusals and 20 news reads
 * "20 unexpected", not "153 failed"); without one, what failed.
 */
function verdictAndTiles(report: ContractReport, tile: (outcome: CellOutcome | 'paths' | 'expected' | 'fixed', label: string, value: number) => string): string {
  const { totals, expectations: e } = report;
  if (report.startErrors?.length) {
    return `<p class="verdict"><b>The run failed at start</b>: no contract path ran (why: below).</p>
<div class="overview"><div class="tiles">${tile('error', 'errored', report.startErrors.length)}${tile('paths', 'paths', totals.paths)}</div>`;
  }
  if (e.file) {
    return `<p class="verdict"><b>${e.unexpected} unexpected</b>, ${e.expectedFailures} as expected, ${e.fixed} fixed, ${totals.passed} passed of ${totals.paths} contract paths; ${totals.skipped} skipped.
${expectationsLine(report)}</p>
<div class="overview"><div class="tiles">${tile('failed', 'unexpected', e.unexpected)}${tile('expected', 'as expected', e.expectedFailures)}${tile('fixed', 'fixed', e.fixed)}${tile('passed', 'passed', totals.passed)}${tile('skipped', 'skipped', totals.skipped)}${tile('paths', 'paths', totals.paths)}</div>`;
  }
  return `<p class="verdict"><b>${totals.failed + totals.error > 0 ? `${totals.failed} failed, ${totals.error} errored` : 'Nothing failed'}</b> of ${totals.paths} contract paths; ${totals.skipped} skipped, ${totals.passed} passed.
${expectationsLine(report)}</p>
<div class="overview"><div class="tiles">${tile('failed', 'failed', totals.failed)}${tile('error', 'errored', totals.error)}${tile('skipped', 'skipped', totals.skipped)}${tile('passed', 'passed', totals.passed)}${tile('paths', 'paths', totals.paths)}</div>`;
}

/**
 * The checks counted per outcome, coloured as the verdict reads: against a baseline a failure
 * it lists is no news (grey "as expected"), only what it does not list is red ("unexpected");
 * without one every failure is.
 */
function checkCountsTable(report: ContractReport): string {
  const counted = (check: CheckName, rows: (row: ReportRow) => boolean, outcomes: readonly CellOutcome[]) =>
    report.rows.filter((row) => {
      const cell = row.checks[check];
      return cell !== undefined && rows(row) && outcomes.includes(cell.outcome);
    }).length;
  const lines: Array<[label: string, tone: string, count: (check: CheckName) => number]> = report.expectations.file
    ? [
        ['unexpected', 'failed', (check) => counted(check, (row) => row.expectation === 'unexpected', ['failed', 'error'])],
        ['as expected', 'expected', (check) => counted(check, (row) => row.expectation !== 'unexpected', ['failed', 'error'])],
        ['skipped', 'skipped', (check) => report.checkTotals[check].skipped],
        ['passed', 'passed', (check) => report.checkTotals[check].passed],
      ]
    : (['failed', 'error', 'skipped', 'passed'] as const).map((outcome) => [outcome, outcome, (check: CheckName) => report.checkTotals[check][outcome]]);
  const body = lines.map(([label, tone, count]) => `<tr><td>${label}</td>${CHECK_NAMES.map((check) => {
    const n = count(check);
    return `<td class="${n > 0 ? `n ${tone}` : 'zero'}">${n}</td>`;
  }).join('')}</tr>`).join('');
  return `<table class="counts"><tr><th>check</th>${CHECK_NAMES.map((check) => `<th>${check}</th>`).join('')}</tr>${body}</table>`;
}

function filterBar(): string {
  const options = (values: Array<[string, string]>) => values.map(([value, label]) => `<option value="${value}">${label}</option>`).join('');
  return `<nav class="bar">
<label>Outcome <select id="outcome">${options([['', 'all'], ['failed', 'failed or errored'], ['error', 'errored'], ['skipped', 'skipped'], ['passed', 'passed']])}</select></label>
<label>Check <select id="check">${options([['', 'any'], ...CHECK_NAMES.map((check): [string, string] => [check, `${check} did not pass`])])}</select></label>
<label>Text <input id="text" type="search" placeholder="resource, path, file, code, message…"></label>
<span id="shown"></span>
</nav>`;
}

interface PathGroup {
  rows: ReportRow[];
  outcome: CellOutcome;
  title: string;
  open?: boolean;
}

/**
 * Without a baseline: failed, errored, skipped, passed. With one, what a person must read comes
 * first and open (unexpected, then fixed), then the expected failures collapsed, one group per
 * outcome class (a 300-path tenant run is mostly known refusals), then skips and passes.
 */
function pathGroups(report: ContractReport): PathGroup[] {
  if (!report.expectations.file) return GROUPS.map(({ outcome, title }) => ({ rows: report.rows.filter((row) => row.verdict === outcome).sort(unexpectedFirst), outcome, title }));
  const rows = [...report.rows].sort(byResource);
  const expectedFailure = (row: ReportRow) => row.expectation === 'met' && (row.verdict === 'failed' || row.verdict === 'error');
  const classes = [...new Set(rows.filter(expectedFailure).map((row) => row.outcome))];
  return [
    { rows: rows.filter((row) => row.expectation === 'unexpected'), outcome: 'failed', title: 'Unexpected', open: true },
    { rows: rows.filter((row) => row.expectation === 'fixed'), outcome: 'passed', title: 'Fixed: listed as failing, now passing', open: true },
    ...classes.map((outcome): PathGroup => ({ rows: rows.filter((row) => expectedFailure(row) && row.outcome === outcome), outcome: 'skipped', title: `As expected: ${outcome}`, open: false })),
    { rows: rows.filter((row) => row.expectation === 'met' && row.verdict === 'skipped'), outcome: 'skipped', title: 'Skipped' },
    { rows: rows.filter((row) => row.expectation === 'met' && row.verdict === 'passed'), outcome: 'passed', title: 'Passed' },
  ];
}

function group(rows: ReportRow[], outcome: CellOutcome, title: string, docsBaseUrl: string | undefined, forceOpen?: boolean): string {
  if (rows.length === 0) return '';
  const open = forceOpen ?? (outcome === 'failed' || outcome === 'error' || rows.length <= COLLAPSE_ABOVE);
  return `<details class="group ${outcome}"${open ? ' open' : ''}><summary><h2>${title} (${rows.length})</h2> <span class="match"></span></summary>
<table class="paths"><colgroup><col class="contract"><col class="path"><col class="http">${CHECK_NAMES.map(() => '<col class="check">').join('')}<col class="retries"></colgroup>
<thead><tr><th>resource</th><th>path</th><th class="num">HTTP</th>${CHECK_NAMES.map((check) => `<th class="num">${check}</th>`).join('')}<th class="num">retries</th></tr></thead>
${rows.map((row) => pathRow(row, docsBaseUrl)).join('\n')}
</table></details>`;
}

function pathRow(row: ReportRow, docsBaseUrl: string | undefined): string {
  const bad = CHECK_NAMES.filter((check) => row.checks[check] && ['failed', 'error'].includes(row.checks[check].outcome));
  const relaxed = row.relaxed?.length ? `<a class="relaxed" href="#relaxed-${esc(row.contract)}" title="documented constraints the contract does not assert">${row.relaxed.length} relaxed</a>` : '';
  const why = [...whyLinesHtml(row, docsBaseUrl), ...requestDifferenceLinesHtml(row), ...rewriteLinesHtml(row)];
  return `<tbody class="row" data-outcome="${row.verdict}" data-bad="${bad.join(' ')}"><tr>
<td><span class="res">${esc(row.resource)}</span><span class="ver ${row.apiVersion === 'beta' ? 'beta' : ''}">${esc(row.apiVersion)}</span>${relaxed}<span class="file">${esc(row.contract)}${row.dialect ? ` · ${esc(row.dialect)}` : ''}</span></td>
<td class="path"><code>${esc(row.pathTemplate)}</code>${classLine(row)}${judgedLineHtml(row)}</td><td class="http">${row.status ?? ''}</td>${CHECK_NAMES.map((check) => cell(row, check)).join('')}<td class="retries">${row.retries.length || ''}</td>
</tr>${why.length ? `<tr class="why"><td colspan="${CHECK_NAMES.length + 4}"><ul>${why.join('')}</ul></td></tr>` : ''}</tbody>`;
}

/** Against the expectations baseline: what is unexpected, fixed or an expected failure. */
function expectationsLine(report: ContractReport): string {
  const e = report.expectations;
  const against = e.file ? `against <code>${esc(e.file)}</code>${e.strict ? ' (strict)' : ''}` : 'no expectations file: every path must pass';
  return `<span class="expect">${e.unexpected} unexpected, ${e.fixed} fixed, ${e.expectedFailures} expected failures (${against})</span>`;
}

/** Under the path of a row that did not simply pass: its outcome class and code, and how that compares with the baseline. */
function classLine(row: ReportRow): string {
  if (row.outcome === 'passed' && row.expectation === 'met') return '';
  const code = row.code ? ` · ${esc(row.code)}${row.fields?.length ? ` ${esc(row.fields.join(', '))}` : ''}` : '';
  const expectation = row.expectation === 'met' ? (row.outcome === 'passed' || row.outcome === 'skipped' ? '' : 'expected') : row.expectation;
  return `<span class="class">${esc(row.outcome)}${code}${expectation ? ` <span class="exp ${expectation}">${expectation}</span>` : ''}</span>`;
}

function cell(row: ReportRow, check: CheckName): string {
  const outcome = row.checks[check]?.outcome;
  if (!outcome) return '<td class="cell none">–</td>';
  // The read's delay under its result: eventual consistency seen at a glance.
  const late = check === 'read' ? appearedText(row) : undefined;
  const title = `${check}: ${outcome}${late ? `, appeared after ${row.read!.appearedAfterMs} ms` : ''}`;
  return `<td class="cell ${outcome}" title="${title}">${CELL_TEXT[outcome]}${late ? `<small class="late">${late}</small>` : ''}</td>`;
}

function relaxedSection(rows: readonly ReportRow[]): string {
  const byContract = relaxedByContract(rows);
  if (byContract.size === 0) return '';
  const items = [...byContract.entries()].map(([contract, { row, relaxed }]: [string, { row: ReportRow; relaxed: RelaxedProperty[] }]) =>
    `<li id="relaxed-${esc(contract)}"><b>${esc(row.resource)}</b> <span class="ver ${row.apiVersion === 'beta' ? 'beta' : ''}">${esc(row.apiVersion)}</span> <span class="file" style="display:inline">${esc(contract)}</span><ul>${relaxed.map((entry) => `<li>${esc(relaxedText(entry))}</li>`).join('')}</ul></li>`);
  return `<section class="extra" id="relaxed"><h2>Relaxed constraints (${byContract.size} contracts)</h2>
<p>Documented on the page but not asserted by the contract, because the page's own example breaks them.</p><ul>${items.join('')}</ul></section>`;
}

function retrySection(report: ContractReport): string {
  const lines = [
    ...report.rows.flatMap((row) => row.retries.map((r) => `<li>${esc(row.resource)} ${esc(row.apiVersion)} <code>${esc(row.pathTemplate)}</code> attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${esc(r.reason)})</li>`)),
    ...report.cleanup.retries.map((r) => `<li>cleanup attempt ${r.attempt}: ${r.status}, waited ${r.waitedMs} ms (${esc(r.reason)})</li>`),
  ];
  return lines.length ? `<section class="extra"><h2>Retries (${lines.length})</h2><ul>${lines.join('')}</ul></section>` : '';
}

function cleanupSection(report: ContractReport): string {
  const { cleanup } = report;
  const lines = [
    ...cleanup.leftovers.map((l) => `<li><code>${esc(l.path)}</code> id <code>${esc(l.id)}</code>: ${esc(l.reason)}</li>`),
    ...cleanup.errors.map((e) => `<li>cleanup error: ${esc(e)}</li>`),
  ];
  return `<section class="extra" id="cleanup"><h2>Cleanup</h2><p>Deleted ${cleanup.deleted}${cleanup.alreadyGone ? `; ${cleanup.alreadyGone} already gone` : ''}; ${cleanup.leftovers.length} left over.</p>${lines.length ? `<ul>${lines.join('')}</ul>` : ''}</section>`;
}
