// The outcome parts of the HTML report's summary, from the same report object as the
// markdown: what changed since the previous run, counts per class and per code, the paths that
// did not pass grouped by class (unexpected first); and a row's body rewrites.
import { OUTCOME_CLASSES } from '../gate/outcome-rules.ts';
import type { ContractReport, ReportRow } from './contract-report.ts';
import { htmlText as esc } from './html-text.ts';

/** Above this many, the unexpected list starts closed: the failed group below lists the same rows. */
const OPEN_UP_TO = 50;

export function outcomeSummaryHtml(report: ContractReport): string {
  const classes = OUTCOME_CLASSES.map((c) => `<tr><td>${c}</td><td class="${report.outcomeTotals[c] > 0 ? 'n' : 'zero'}">${report.outcomeTotals[c]}</td></tr>`).join('');
  const codes = Object.entries(report.codeTotals).map(([code, n]) => `<tr><td><code>${esc(code)}</code></td><td class="n">${n}</td></tr>`).join('');
  return `${changesHtml(report)}
<div class="overview"><table class="counts"><tr><th>class</th><th>paths</th></tr>${classes}</table>${codes ? `<table class="counts"><tr><th>code</th><th>paths</th></tr>${codes}</table>` : ''}</div>
${groupsHtml(report.rows)}`;
}

function changesHtml(report: ContractReport): string {
  if (report.changesNote) return `<section class="extra" id="changes"><h2>Changes since the previous run</h2><p>${esc(report.changesNote)}</p></section>`;
  const c = report.changes;
  if (!c) return '';
  const state = (s: { outcome: string; code?: string }) => `${s.outcome}${s.code ? ` (<code>${esc(s.code)}</code>)` : ''}`;
  const items = [
    ...c.changed.map((p) => `<li>${esc(p.contract)} <code>${esc(p.pathTemplate)}</code>: ${state(p.before)} → ${state(p.after)}</li>`),
    ...c.addedContracts.map((name) => `<li>new contract ${esc(name)}</li>`),
    ...c.removedContracts.map((name) => `<li>removed contract ${esc(name)}</li>`),
    ...c.addedPaths.map((p) => `<li>new path ${esc(p.contract)} <code>${esc(p.pathTemplate)}</code></li>`),
    ...c.removedPaths.map((p) => `<li>removed path ${esc(p.contract)} <code>${esc(p.pathTemplate)}</code></li>`),
  ];
  return `<section class="extra" id="changes"><h2>Changes since the previous run</h2><p>Compared with the report of ${esc(c.previousGeneratedAt)}.</p>${items.length ? `<ul>${items.join('')}</ul>` : '<p>Nothing changed.</p>'}</section>`;
}

function groupsHtml(rows: readonly ReportRow[]): string {
  const notPassed = rows.filter((row) => row.outcome !== 'passed' && row.outcome !== 'skipped');
  const sections = (['unexpected', 'met'] as const).flatMap((expectation) => {
    const picked = notPassed.filter((row) => row.expectation === expectation);
    if (picked.length === 0) return [];
    const groups = OUTCOME_CLASSES.flatMap((outcome) => {
      const group = picked.filter((row) => row.outcome === outcome);
      return group.length ? [`<h3>${outcome} (${group.length})</h3><ul>${group.map((row) => `<li>${esc(row.resource)} ${esc(row.apiVersion)} <code>${esc(row.pathTemplate)}</code>${detail(row)}</li>`).join('')}</ul>`] : [];
    });
    return [`<details class="extra"${expectation === 'unexpected' && picked.length <= OPEN_UP_TO ? ' open' : ''}><summary><h2>${expectation === 'unexpected' ? 'Not as expected' : 'Expected failures'} (${picked.length})</h2></summary>${groups.join('')}</details>`];
  });
  const fixed = rows.filter((row) => row.expectation === 'fixed');
  if (fixed.length) sections.push(`<section class="extra"><h2>Fixed (${fixed.length}): listed as failing, now passing</h2><ul>${fixed.map((row) => `<li>${esc(row.resource)} ${esc(row.apiVersion)} <code>${esc(row.pathTemplate)}</code></li>`).join('')}</ul></section>`);
  return sections.join('\n');
}

/** A row's body rewrites, as lines of its detail. */
export function rewriteLinesHtml(row: ReportRow): string[] {
  const value = (v: unknown) => (v === undefined ? '(absent)' : `<code>${esc(JSON.stringify(v))}</code>`);
  return (row.rewrites ?? []).map((r) => `<li>sent body: <code>${esc(r.field)}</code> ${value(r.documented)} → ${value(r.sent)} (${r.why})</li>`);
}

function detail(row: ReportRow): string {
  const parts = [row.status !== undefined ? `HTTP ${row.status}` : '', row.code ? `<code>${esc(row.code)}</code>` : '', row.field ? `field <code>${esc(row.field)}</code>` : ''].filter(Boolean);
  const expected = row.expectation === 'unexpected' && row.expected ? `; expected ${row.expected.outcome}${row.expected.code ? ` (${esc(row.expected.code)})` : ''}` : '';
  const words = row.expectation === 'met' && row.expected?.reason ? row.expected.reason : row.message;
  return `${parts.length ? ` (${parts.join(', ')})` : ''}${expected}${words ? `: ${esc(words)}` : ''}`;
}
