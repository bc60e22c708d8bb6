// GRAPH_RECORD: the reporter writes what every process of the run recorded (each shard's
// spec worker attached its paths to task.meta) into the recordings folder, once, as one set,
// so shards of one run write one set whichever process or machine ran them.
import { readFileSync } from 'node:fs';
import type { RunConfig } from '../config/run-config.ts';
import { configuredSecrets } from '../config/run-context.ts';
import type { ContractRunMeta } from '../gate/path-outcome.ts';
import { recordingIdentity } from '../targets/record/recorder-settings.ts';
import type { RecordedRun } from '../targets/record/recording-types.ts';
import { createSecretFinder } from '../targets/record/scrub-secrets.ts';
import { writeRecordings } from '../targets/record/write-recordings.ts';

/** What the report says of the recording. */
export interface RecordingSummary {
  dir: string;
  /** Paths answered (create recorded) and skipped this run. */
  answered: number;
  skipped: number;
  changed: string[];
  removed: string[];
  unchanged: number;
  problems: string[];
}

export function writeRunRecordings(config: RunConfig, runs: readonly ContractRunMeta[], runId: string, now: Date): RecordingSummary | undefined {
  const dir = config.target === 'tenant' ? config.tenant?.recordDir : undefined;
  if (!dir || !config.tenant?.allowWrites) return undefined;
  const recorded = runs.flatMap((run): RecordedRun[] => (run.recordings?.recorded ? [run.recordings.recorded] : []));
  if (recorded.length === 0) return undefined;
  const findSecrets = createSecretFinder(configuredSecrets(config), recordingIdentity(config.tenant));
  const written = writeRecordings(dir, recorded, { runId, date: now, suiteVersion: suiteVersion() }, findSecrets);
  const paths = recorded.flatMap((run) => run.paths);
  return { dir, answered: paths.filter((p) => p.definitions).length, skipped: paths.filter((p) => p.skipped !== undefined).length, ...written };
}

function suiteVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
