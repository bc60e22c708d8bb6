// The replay parts of the HTML report, from the same report object and words as the markdown
// (replay-text.ts): the headline, each recording file set aside, what judged each path, and
// how a path's request differs from the recorded one.
import { countOf } from '../foundation/count-noun.ts';
import type { ContractReport, ReportRow } from './contract-report.ts';
import { replayHeadline } from './replay-summary.ts';
import { describeJudgedAgainst } from '../targets/judged-against.ts';

/** Under the run line: what judged the run. */
export function replayHeadlineHtml(report: ContractReport): string {
  return report.replay ? `<p class="run judged">${esc(replayHeadline(report.replay, report.rows.length))}</p>` : '';
}

/** The header's notes: each recording file set aside, and what was recorded (GRAPH_RECORD). */
export function replayNotesHtml(report: ContractReport): string[] {
  const recorded = report.recorded ? [`<li>recorded into <code>${esc(report.recorded.dir)}</code>: ${countOf(report.recorded.answered, 'path')} answered, ${report.recorded.skipped} skipped; ${countOf(report.recorded.changed.length, 'file')} changed, ${report.recorded.unchanged} unchanged</li>`, ...report.recorded.problems.map((problem) => `<li>${esc(problem)}</li>`)] : [];
  return [...recorded, ...(report.replay?.problems ?? []).map((problem) => `<li>recording problem: ${esc(problem.message)}</li>`)];
}

/** Under a row's path: what judged it. */
export function judgedLineHtml(row: ReportRow): string {
  if (!row.judgedAgainst) return '';
  return `<span class="class judged ${row.judgedAgainst.kind}">judged against: ${esc(describeJudgedAgainst(row.judgedAgainst))}</span>`;
}

/** In a row's details: each field the request sends otherwise than the recorded request. */
export function requestDifferenceLinesHtml(row: ReportRow): string[] {
  const judged = row.judgedAgainst;
  if (judged?.kind !== 'recorded') return [];
  return [
    ...(judged.requestDiffers?.length ? [`<li>the request differs from the recorded one: ${judged.requestDiffers.map((d) => `<code>${esc(d.field)}</code> ${d.change}`).join(', ')}</li>`] : []),
  ];
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
