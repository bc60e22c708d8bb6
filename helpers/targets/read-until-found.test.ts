// The polling of a read that answers 404, on a clock that only pretends to wait.
import { describe, expect, test } from 'vitest';
import type { Clock } from '../foundation/clock.ts';
import { readUntilFound } from './read-until-found.ts';
import type { TargetResponse } from './target-types.ts';

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, random: () => 0.5, sleep: async (ms) => { slept.push(ms); now += ms; } };
}

/** Answers 404 until `foundAt` ms of the fake clock, then 200; each answer takes 20 ms. */
function service(clock: Clock & { slept: number[] }, foundAt: number) {
  const asked: number[] = [];
  const get = async (): Promise<TargetResponse> => {
    asked.push(clock.now());
    const status = clock.now() >= foundAt ? 200 : 404;
    await clock.sleep(20);
    return { status, headers: {}, text: '{}', retries: status === 200 ? [{ attempt: 1, status: 429, waitedMs: 5, reason: 'throttled' }] : [], durationMs: 20 };
  };
  return { get, asked };
}

describe('readUntilFound', () => {
  test('at once: one GET, appeared after 0 ms', async () => {
    const clock = fakeClock();
    const { get, asked } = service(clock, 0);
    const read = await readUntilFound('u', get, { clock, deadlineMs: 10_000 });
    expect(asked).toEqual([0]);
    expect(read).toMatchObject({ status: 200, url: 'u', appearedAfterMs: 0, retries: [{ status: 429 }] });
  });

  test('404 for the first 3 s: read again with backoff, the delay recorded, each 404 kept as a retry', async () => {
    const clock = fakeClock();
    const { get, asked } = service(clock, 3_000);
    const read = await readUntilFound('u', get, { clock, deadlineMs: 10_000 });
    expect(read.status).toBe(200);
    // 100, 200, 400, 800, 1000, 1000 ms apart (plus each answer's 20 ms).
    expect(asked).toEqual([0, 120, 340, 760, 1_580, 2_600, 3_620]);
    expect(read.appearedAfterMs).toBe(3_620);
    expect(read.retries.filter((r) => r.status === 404).map((r) => r.waitedMs)).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(read.retries.at(-1)).toMatchObject({ status: 429 }); // the client's own retries are kept too
  });

  test('never there: stops at the deadline with the last 404', async () => {
    const clock = fakeClock();
    const { get, asked } = service(clock, Number.POSITIVE_INFINITY);
    const read = await readUntilFound('u', get, { clock, deadlineMs: 2_000 });
    expect(read.status).toBe(404);
    expect(read.appearedAfterMs).toBeGreaterThanOrEqual(2_000);
    expect(asked.at(-1)).toBeLessThanOrEqual(2_000);
    expect(clock.now()).toBeLessThan(2_100);
  });

  test('a deadline of 0 reads once', async () => {
    const clock = fakeClock();
    const { get, asked } = service(clock, Number.POSITIVE_INFINITY);
    expect((await readUntilFound('u', get, { clock, deadlineMs: 0 })).status).toBe(404);
    expect(asked).toHaveLength(1);
  });

  test('any other answer ends it at once', async () => {
    const clock = fakeClock();
    let calls = 0;
    const get = async (): Promise<TargetResponse> => {
      calls += 1;
      return { status: 500, headers: {}, text: '', retries: [], durationMs: 1 };
    };
    const read = await readUntilFound('u', get, { clock, deadlineMs: 10_000 });
    expect(read.status).toBe(500);
    expect(calls).toBe(1);
  });
});
