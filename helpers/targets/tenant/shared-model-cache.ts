// Shards of one run (vitest projects in separate workers, on one machine) share one fetched
// $metadata per version through the run's reports folder: the first shard to take the lock
// fetches and writes the model there, the others wait for the file and read it. A copy older
// than MAX_AGE_MS belongs to an earlier run and is fetched again.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_AGE_MS = 15 * 60_000;
const POLL_MS = 100;

export interface SharedModelCache {
  /** The text cached for `url`, fetching it with `fetchText` unless another shard did or does. `undefined` from fetchText is not cached. */
  get(url: string, fetchText: () => Promise<string | undefined>, deadline: AbortSignal): Promise<{ text: string | undefined; fetched: boolean }>;
}

export function sharedModelCache(dir: string): SharedModelCache {
  const fileOf = (url: string) => join(dir, `${createHash('sha256').update(url).digest('hex').slice(0, 16)}.xml`);
  const fresh = (file: string) => {
    try {
      return Date.now() - statSync(file).mtimeMs < MAX_AGE_MS;
    } catch {
      return false;
    }
  };
  return {
    async get(url, fetchText, deadline) {
      mkdirSync(dir, { recursive: true });
      const file = fileOf(url);
      const lock = `${file}.lock`;
      for (;;) {
        if (fresh(file)) return { text: readFileSync(file, 'utf8'), fetched: false };
        let held: number | undefined;
        try {
          held = openSync(lock, 'wx');
        } catch {
          // Another shard is fetching: wait for its file (or for its lock to go, if it failed).
          if (deadline.aborted) return { text: undefined, fetched: false };
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (stale(lock)) rmSync(lock, { force: true });
          continue;
        }
        try {
          const text = await fetchText();
          if (text !== undefined) {
            const temporary = `${file}.${process.pid}.tmp`;
            writeFileSync(temporary, text);
            renameSync(temporary, file);
          }
          return { text, fetched: true };
        } finally {
          closeSync(held);
          rmSync(lock, { force: true });
        }
      }
    },
  };
}

/** A lock left by a shard that died holding it. */
function stale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > MAX_AGE_MS;
  } catch {
    return false;
  }
}
