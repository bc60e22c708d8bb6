// On a replay (GRAPH_TARGET=replay), what judged the run: how many paths were judged against
// the service's recorded answers (and of which dates), how many against generated answers
// because nothing was recorded, which recording files were set aside and why. Built from the
// rows and the runs' metas, so a merged report of shards says the same as one process.
import { thousands } from '../foundation/count-noun.ts';
import type { ContractRunMeta } from '../gate/path-outcome.ts';
import type { RecordingProblem, ReplaySource } from '../targets/record/recording-types.ts';
import type { JudgedAgainst } from '../targets/judged-against.ts';

export interface ReplayReport {
  /** RECORDINGS_DIR. */
  dir: string;
  recordedBy?: ReplaySource['recordedBy'];
  strict: boolean;
  /** Paths judged against a recorded answer. */
  recorded: number;
  /** The days those answers were recorded, newest first. */
  dates: string[];
  /** Paths answered by the generated mock: nothing recorded. */
  generated: number;
  /** Paths that failed for want of a recording (GRAPH_REPLAY_STRICT). */
  notRecorded: number;
  /** Paths the recording run skipped, skipped again. */
  skippedWhenRecorded: number;
  /** Paths whose request now differs from the recorded one. */
  requestDiffers: number;
  problems: RecordingProblem[];
}

export function summariseReplay(rows: ReadonlyArray<{ judgedAgainst?: JudgedAgainst }>, runs: readonly ContractRunMeta[]): ReplayReport | undefined {
  const sources = runs.flatMap((run) => (run.recordings?.replay ? [run.recordings.replay] : []));
  const first = sources[0];
  if (!first) return undefined;
  const judged = rows.flatMap((row) => (row.judgedAgainst ? [row.judgedAgainst] : []));
  const answered = judged.filter((j): j is Extract<JudgedAgainst, { kind: 'recorded' }> => j.kind === 'recorded' && !j.skippedWhenRecorded);
  const problems = new Map<string, RecordingProblem>();
  for (const problem of sources.flatMap((source) => source.problems)) problems.set(problem.message, problem);
  return {
    dir: first.dir,
    ...(first.recordedBy ? { recordedBy: first.recordedBy } : {}),
    strict: first.strict,
    recorded: answered.length,
    dates: [...new Set(answered.flatMap((j) => (j.recordedAt ? [j.recordedAt] : [])))].sort().reverse(),
    generated: judged.filter((j) => j.kind === 'generated').length,
    notRecorded: judged.filter((j) => j.kind === 'not-recorded').length,
    skippedWhenRecorded: judged.filter((j) => j.kind === 'recorded' && j.skippedWhenRecorded).length,
    requestDiffers: answered.filter((j) => j.requestDiffers?.length).length,
    problems: [...problems.values()],
  };
}

/** "Judged against the service's answers of 2026-12-04: 1,204 of 1,556 paths; 352 against generated answers (no recording)." */
export function replayHeadline(replay: ReplayReport, paths: number): string {
  const dates = replay.dates.length === 0 ? 'of unknown date' : replay.dates.length === 1 ? `of ${replay.dates[0]}` : `of ${replay.dates.at(-1)} to ${replay.dates[0]}`;
  const parts = [`Judged against the service's answers ${dates} (${replay.dir}): ${thousands(replay.recorded)} of ${thousands(paths)} paths`];
  if (replay.generated > 0) parts.push(`${thousands(replay.generated)} against generated answers (no recording)`);
  if (replay.notRecorded > 0) parts.push(`${thousands(replay.notRecorded)} failed for want of a recording (GRAPH_REPLAY_STRICT)`);
  if (replay.skippedWhenRecorded > 0) parts.push(`${thousands(replay.skippedWhenRecorded)} skipped as when recorded`);
  if (replay.requestDiffers > 0) parts.push(`${thousands(replay.requestDiffers)} sent a request that differs from the recorded one`);
  if (replay.problems.length > 0) parts.push(`${thousands(replay.problems.length)} recording ${replay.problems.length === 1 ? 'problem' : 'problems'}, listed below`);
  return `${parts.join('; ')}.`;
}
