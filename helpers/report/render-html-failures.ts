// Beneath a path that did not pass, in the HTML report: why, each thing said once. The skip or
// target error, what the baseline expected, then the check failures (failure-lines.ts: one line
// for what several checks share, values only where the message does not hold them), each with
// the page line of the documented fact.
import type { JsonValue } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';
import type { ReportRow } from './contract-report.ts';
import { failureLines } from './failure-lines.ts';
import { failureLink } from './failure-link.ts';
import { htmlText as esc } from './html-text.ts';

export function whyLinesHtml(row: ReportRow, docsBaseUrl: string | undefined): string[] {
  if (row.verdict === 'passed') return [];
  const lines: string[] = [];
  if (row.skipReason) lines.push(`<li>${row.verdict === 'error' ? 'target error' : 'skipped'}: ${esc(row.skipReason)}</li>`);
  if (row.expected && row.expectation !== 'met') lines.push(`<li>the expectations list it as ${esc(row.expected.outcome)}${row.expected.code ? ` (${esc(row.expected.code)})` : ''}${row.expected.reason ? `: ${esc(row.expected.reason)}` : ''}</li>`);
  else if (row.expected?.reason) lines.push(`<li>expected: ${esc(row.expected.reason)}</li>`);
  for (const { checks, failure, values } of failureLines(row)) {
    const shown = [
      ...('sent' in values ? [`<span class="sent">sent ${esc(json(values.sent))}</span>`] : []),
      ...('received' in values ? [`<span class="received">received ${esc(json(values.received))}</span>`] : []),
    ];
    lines.push(`<li><b>${checks.join(', ')}</b> <code>${esc(failure.code)}</code>${failure.field ? ` at <code>${esc(failure.field)}</code>` : ''}: ${esc(failure.message)}${shown.length ? ` ${shown.join(', ')}` : ''}${failure.where ? pageLine(failure.where, docsBaseUrl) : ''}</li>`);
  }
  return lines;
}

function json(value: JsonValue | undefined): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

/** The page line of the documented fact: a link with a docs base URL, else text that selects whole on one click. */
function pageLine(where: Where, docsBaseUrl: string | undefined): string {
  const link = failureLink(where, docsBaseUrl);
  const text = `<code>${esc(link.text)}</code>`;
  return ` <span class="loc">documented at ${link.href ? `<a href="${esc(link.href)}" title="${esc(link.title)}" target="_blank" rel="noopener">${text}</a>` : `<span class="copy" title="${esc(link.title)}">${text}</span>`}</span>`;
}
