// A run's report files are written as one set: each is written to a temporary file beside its
// final name, then, holding a lock on the folder, all are renamed into place. A rename is
// atomic, and the lock keeps two runs in one checkout from interleaving their renames, so the
// folder always holds one run's complete set (the last to commit), never a mix. A file of the
// set this run does not write (`replaces`: a run without contract specs writes no contract
// report) is removed in the same commit, so no earlier run's file is left beside this run's.
import { mkdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReportFile {
  /** File name inside the reports folder. */
  name: string;
  content: string;
}

const LOCK = '.commit.lock';
/** A lock older than this was left by a killed run: taken over. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 60_000;

export interface CommitOptions {
  /** Every file name of the set: those not in `files` are removed under the same lock. */
  replaces?: readonly string[];
}

export function commitReportFiles(dir: string, files: readonly ReportFile[], options: CommitOptions = {}): void {
  mkdirSync(dir, { recursive: true });
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const staged = files.map((file) => {
    const temp = join(dir, `.${file.name}.${tag}.tmp`);
    writeFileSync(temp, file.content);
    return { temp, final: join(dir, file.name) };
  });
  const lock = join(dir, LOCK);
  acquire(lock);
  try {
    for (const { temp, final } of staged) renameSync(temp, final);
    const written = new Set(files.map((file) => file.name));
    for (const name of options.replaces ?? []) if (!written.has(name)) rmSync(join(dir, name), { force: true });
  } finally {
    rmdirSync(lock);
    for (const { temp } of staged) rmSync(temp, { force: true });
  }
}

function acquire(lock: string): void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = ageMs(lock);
    if (age !== undefined && age > STALE_LOCK_MS) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`${lock}: another run has held the reports lock for over ${LOCK_WAIT_MS / 1000} s; remove the folder if no run is writing reports.`);
    // The lock is held for a few renames: a short synchronous pause is enough.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

function ageMs(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
