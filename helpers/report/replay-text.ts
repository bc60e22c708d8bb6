// The words every report uses for a replay (console, markdown; the HTML escapes the same
// strings): the headline, what judged each path, the recording files set aside, and the paths
// whose request now differs from the recorded one. Rendered from the one report object.
import { countOf } from '../foundation/count-noun.ts';
import { describeJudgedAgainst, describeRequestDifferences, type JudgedAgainst } from '../targets/judged-against.ts';
import type { ContractReport, ReportRow } from './contract-report.ts';
import { markdownCode, markdownText } from './markdown-text.ts';
import { replayHeadline } from './replay-summary.ts';
import type { RecordingSummary } from './write-run-recordings.ts';

/** The console's replay lines: the headline, then each file set aside. */
export function replayConsoleLines(report: ContractReport): string[] {
  if (!report.replay) return [];
  return [replayHeadline(report.replay, report.rows.length), ...report.replay.problems.map((problem) => `  ${problem.message}`)];
}

/** What judged a row, for a line about it: "recorded 2026-12-04; the request differs from the recorded one: notes (added)". */
export function judgedText(judged: JudgedAgainst | undefined, limit = 5): string {
  if (!judged) return '';
  const differs = judged.kind === 'recorded' && judged.requestDiffers?.length ? `; ${describeRequestDifferences(judged.requestDiffers, limit)}` : '';
  return `${describeJudgedAgainst(judged)}${differs}`;
}

/** The markdown table cell: what judged the path, short. */
export function judgedCell(judged: JudgedAgainst | undefined): string {
  if (!judged) return '';
  if (judged.kind === 'recorded') return `recorded ${judged.recordedAt ?? '(date unknown)'}${judged.requestDiffers?.length ? ' ≠' : ''}`;
  return judged.kind === 'generated' ? 'generated' : 'not recorded';
}

/** The markdown sections of a replay: recording problems, requests that differ from the recorded ones. */
export function replayMarkdownSections(report: ContractReport, rows: readonly ReportRow[]): string[] {
  if (!report.replay) return [];
  const out: string[] = [];
  if (report.replay.problems.length > 0) {
    out.push(`## Recording problems (${report.replay.problems.length})`, '', 'A file set aside has its paths answered by the generated mock (or failed, with GRAPH_REPLAY_STRICT).', '');
    for (const problem of report.replay.problems) out.push(`- ${markdownText(problem.message)}`);
    out.push('');
  }
  const differing = rows.filter((row) => row.judgedAgainst?.kind === 'recorded' && row.judgedAgainst.requestDiffers?.length);
  if (differing.length > 0) {
    out.push(`## Requests that differ from the recorded ones (${differing.length})`, '', 'The contract sends another request than the service was sent when its answer was recorded; a field the recorded service echoed comes back as sent now.', '');
    for (const row of differing) {
      const judged = row.judgedAgainst as Extract<JudgedAgainst, { kind: 'recorded' }>;
      out.push(`- ${markdownText(row.resource)} \`${row.pathTemplate}\` (${markdownCode(row.contract)}): ${judged.requestDiffers!.map((d) => `${markdownCode(d.field)} ${d.change}`).join(', ')}`);
    }
    out.push('');
  }
  return out;
}

/** The console's lines about the recording; a refused file fails the run. */
export function recordingLines(summary: RecordingSummary): string[] {
  return [
    `Recorded into ${summary.dir}: ${countOf(summary.answered, 'path')} answered, ${summary.skipped} skipped; ${countOf(summary.changed.length, 'file')} changed, ${summary.unchanged} unchanged, ${summary.removed.length} removed; manifest.json updated`,
    ...summary.problems.map((problem) => `  ${problem}`),
  ];
}
