// Writes what a run recorded into the recordings folder as one set, merged with what it held:
// a path answered this time replaces its recorded exchange; a path not run this time (filtered
// out, another shard's, skipped now) keeps its recording and its date; a path the contract no
// longer documents is dropped. Files whose content did not change are not touched, so an
// unchanged service changes only the manifest. Every file is checked once more for secrets
// before it is written, and one that still holds one is refused.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_FILE, lookupPath, newManifest, parseManifest, renderManifest, type PathTable, type RecordingManifest } from './recording-manifest.ts';
import { parseRecording, renderRecording, type RecordedExchange } from './recording-file.ts';
import type { RecordedPath, RecordedRun } from './recording-types.ts';
import { readRecordingJson } from './read-recording-file.ts';
import { listRecordings } from './recordings-folder.ts';

export interface RecordingRunInfo {
  runId: string;
  date: Date;
  suiteVersion: string;
}

export interface WrittenRecordings {
  /** Recording files written (new or changed), relative to the folder. */
  changed: string[];
  /** Recording files removed (no documented path of theirs was ever answered). */
  removed: string[];
  /** Recording files of the run whose content did not change. */
  unchanged: number;
  /** Coded lines: existing files that could not be merged (replaced), files refused for a secret. */
  problems: string[];
}

/** Finds what must never be written (a secret, the tenant's id): a description of each, or none. */
export type SecretFinder = (text: string) => string[];

export function writeRecordings(dir: string, runs: readonly RecordedRun[], info: RecordingRunInfo, findSecrets: SecretFinder): WrittenRecordings {
  const out: WrittenRecordings = { changed: [], removed: [], unchanged: 0, problems: [] };
  const previous = readPreviousManifest(dir, out.problems);
  const previousDay = previous ? previous.date.slice(0, 10) : 'unknown';
  const manifest = newManifest({ ...info, cloud: runs[0]?.cloud ?? previous?.cloud ?? 'global' });
  const documented = documentedPaths(runs);
  const answered = groupAnswered(runs);
  const skippedNow = runs.flatMap((run) => run.paths.filter((path) => path.skipped !== undefined));

  for (const name of listRecordings(dir)) {
    if (documented.has(name)) continue;
    // A recording this run did not touch: all of it is now an earlier run's.
    for (const exchange of readExchanges(dir, name, out.problems)) carryDate(manifest.earlier, previous, name, exchange.create.path, previousDay);
  }
  for (const [name, paths] of documented) {
    const existing = readExchanges(dir, name, out.problems);
    const fresh = answered.get(name) ?? new Map<string, RecordedExchange>();
    const kept = existing.filter((exchange) => paths.has(exchange.create.path) && !fresh.has(exchange.create.path));
    for (const exchange of kept) carryDate(manifest.earlier, previous, name, exchange.create.path, previousDay);
    const exchanges = [...kept, ...fresh.values()];
    const file = `${name}.json`;
    if (exchanges.length === 0) {
      if (existing.length > 0) {
        rmSync(join(dir, file), { force: true });
        out.removed.push(file);
      }
      continue;
    }
    const text = renderRecording(exchanges);
    const existingText = existing.length > 0 ? renderRecording(existing) : undefined;
    if (text === existingText && existing.length === exchanges.length) {
      out.unchanged += 1;
      continue;
    }
    if (commit(dir, file, text, findSecrets, out.problems)) out.changed.push(file);
  }
  manifest.skipped = mergeSkipped(previous?.skipped ?? {}, skippedNow, answered, documented, dir);
  commit(dir, MANIFEST_FILE, renderManifest(manifest), findSecrets, out.problems);
  return out;
}

/** The create paths each touched contract documents now, as recorded. */
function documentedPaths(runs: readonly RecordedRun[]): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const contract of runs.flatMap((run) => run.contracts)) {
    const paths = byName.get(contract.name) ?? new Set<string>();
    for (const path of contract.recordedPaths) paths.add(path);
    byName.set(contract.name, paths);
  }
  return byName;
}

function groupAnswered(runs: readonly RecordedRun[]): Map<string, Map<string, RecordedExchange>> {
  const byName = new Map<string, Map<string, RecordedExchange>>();
  for (const path of runs.flatMap((run) => run.paths)) {
    const [create, read] = path.definitions ?? [];
    if (!create) continue;
    const paths = byName.get(path.name) ?? new Map<string, RecordedExchange>();
    paths.set(path.recordedPath, read ? { create, read } : { create });
    byName.set(path.name, paths);
  }
  return byName;
}

/** Skips stay listed until a run answers the path; a skip never hides an earlier answer. */
function mergeSkipped(previous: PathTable, skippedNow: readonly RecordedPath[], answered: Map<string, Map<string, RecordedExchange>>, documented: Map<string, Set<string>>, dir: string): PathTable {
  const table: PathTable = {};
  const set = (name: string, path: string, reason: string) => {
    if (!Object.hasOwn(table, name)) Object.defineProperty(table, name, { value: {}, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(table[name]!, path, { value: reason, enumerable: true, writable: true, configurable: true });
  };
  for (const [name, paths] of Object.entries(previous)) {
    for (const [path, reason] of Object.entries(paths)) {
      const stillDocumented = !documented.has(name) || documented.get(name)!.has(path);
      if (stillDocumented && !answered.get(name)?.has(path)) set(name, path, reason);
    }
  }
  const recordedPaths = new Map<string, Set<string>>();
  const isRecorded = (name: string, path: string) => {
    if (!recordedPaths.has(name)) recordedPaths.set(name, new Set(readExchanges(dir, name, []).map((exchange) => exchange.create.path)));
    return recordedPaths.get(name)!.has(path);
  };
  for (const path of skippedNow) {
    const recorded = isRecorded(path.name, path.recordedPath);
    if (!recorded && !answered.get(path.name)?.has(path.recordedPath)) set(path.name, path.recordedPath, path.skipped!);
  }
  return table;
}

function carryDate(earlier: PathTable, previous: RecordingManifest | undefined, name: string, path: string, previousDay: string): void {
  const day = (previous && lookupPath(previous.earlier, name, path)) ?? previousDay;
  if (!Object.hasOwn(earlier, name)) Object.defineProperty(earlier, name, { value: {}, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(earlier[name]!, path, { value: day, enumerable: true, writable: true, configurable: true });
}

function readPreviousManifest(dir: string, problems: string[]): RecordingManifest | undefined {
  const read = readRecordingJson(dir, MANIFEST_FILE);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'problem') {
    problems.push(`${read.problem.message}; a new manifest is written`);
    return undefined;
  }
  const parsed = parseManifest(read.json);
  if (parsed.ok) return parsed.manifest;
  problems.push(`${read.file}: ${parsed.message}; a new manifest is written [RECORDING_MANIFEST_INVALID]`);
  return undefined;
}

/** A recording's exchanges; one that cannot be read is reported and replaced by what this run recorded. */
function readExchanges(dir: string, name: string, problems: string[]): RecordedExchange[] {
  const read = readRecordingJson(dir, `${name}.json`);
  if (read.kind === 'missing') return [];
  if (read.kind === 'problem') {
    problems.push(`${read.problem.message}; replaced by this run's recording`);
    return [];
  }
  const parsed = parseRecording(read.json);
  if (parsed.ok) return parsed.exchanges;
  problems.push(`${read.file}: ${parsed.message}; replaced by this run's recording [${parsed.code}]`);
  return [];
}

/** Written through a temporary file and a rename; refused when it holds a secret. */
function commit(dir: string, file: string, text: string, findSecrets: SecretFinder, problems: string[]): boolean {
  const found = findSecrets(text);
  const path = join(dir, file);
  if (found.length > 0) {
    problems.push(`${path}: not written, it would hold ${found.join(', ')} [RECORDING_SECRET]`);
    return false;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
  return true;
}
