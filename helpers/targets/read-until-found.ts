// Reading a created entity back, for every target alike: a 404 right after the create is read
// again, backing off, until the deadline (GRAPH_READ_DEADLINE_MS), because Graph's stores are
// eventually consistent and an entity can appear a few seconds after its create answered. Any
// other answer ends it. The polls are kept as retries, so the report shows what was waited.
import type { Clock } from '../foundation/clock.ts';
import type { ReadResponse, RetryRecord, TargetResponse } from './target-types.ts';

export interface ReadPolling {
  clock: Clock;
  deadlineMs: number;
  /** The first wait after a 404; doubles per poll up to `maxWaitMs`. */
  firstWaitMs?: number;
  maxWaitMs?: number;
}

/** Chosen so a delay is known to within a second and a 10 s deadline costs about 14 reads. */
export const READ_FIRST_WAIT_MS = 100;
export const READ_MAX_WAIT_MS = 1_000;

export async function readUntilFound(url: string, get: (url: string) => Promise<TargetResponse>, polling: ReadPolling): Promise<ReadResponse> {
  const { clock, deadlineMs } = polling;
  const maxWaitMs = polling.maxWaitMs ?? READ_MAX_WAIT_MS;
  const started = clock.now();
  const retries: RetryRecord[] = [];
  let wait = polling.firstWaitMs ?? READ_FIRST_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const asked = clock.now();
    const response = await get(url);
    retries.push(...response.retries);
    const elapsed = clock.now() - started;
    if (response.status !== 404 || elapsed >= deadlineMs) {
      // Never appeared: how long it was looked for.
      const appearedAfterMs = response.status === 404 ? elapsed : asked - started;
      return { ...response, url, retries, durationMs: elapsed, appearedAfterMs };
    }
    const waitedMs = Math.max(0, Math.min(wait, deadlineMs - elapsed));
    retries.push({ attempt, status: 404, waitedMs, reason: `not found yet (eventual consistency), read again until GRAPH_READ_DEADLINE_MS (${deadlineMs} ms)` });
    await clock.sleep(waitedMs);
    wait = Math.min(wait * 2, maxWaitMs);
  }
}
