import { describe, expect, it } from 'vitest';
import type { Clock } from '../../foundation/clock.ts';
import { createLimiter } from './concurrency-limit.ts';
import { createWriteBudget } from './write-budget.ts';

/** A clock whose sleep moves time forward instantly and records each wait. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, random: () => 0.5, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
}

describe('write budget', () => {
  it('lets the first N writes through and holds the next one until the window has room', async () => {
    const clock = fakeClock();
    const budget = createWriteBudget({ writes: 3, windowMs: 20_000 }, clock);
    for (let i = 0; i < 3; i++) (await budget.acquire())();
    expect(clock.sleeps).toEqual([]);
    await budget.acquire();
    expect(clock.sleeps).toEqual([20_000]);
    expect(budget.waitedMs()).toBe(20_000);
  });

  it('times a slot from when its write settled: a slow write keeps its slot longer', async () => {
    const clock = fakeClock();
    const budget = createWriteBudget({ writes: 1, windowMs: 20_000 }, clock);
    const settle = await budget.acquire();
    await clock.sleep(5_000); // the write takes 5 s to come back
    settle();
    clock.sleeps.length = 0;
    await budget.acquire();
    // 20 s after the answer, not after the start: 5 s later than the old pacing let it go.
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('never lets more than N writes be at the service in any window, with writes taking time', async () => {
    const clock = fakeClock();
    const budget = createWriteBudget({ writes: 10, windowMs: 1_000 }, clock);
    const arrivals: number[] = [];
    for (let i = 0; i < 60; i++) {
      const settle = await budget.acquire();
      // The service sees the write some time after it was let through, before its answer.
      const delay = (i * 37) % 90;
      arrivals.push(clock.now() + delay);
      await clock.sleep(delay + 10);
      settle();
    }
    for (const t of arrivals) expect(arrivals.filter((u) => u > t - 1_000 && u <= t).length).toBeLessThanOrEqual(10);
  });

  it('never lets more than N writes into any window, whatever the arrival order', async () => {
    const clock = fakeClock();
    const budget = createWriteBudget({ writes: 100, windowMs: 20_000 }, clock);
    const times: number[] = [];
    await Promise.all(Array.from({ length: 250 }, () => budget.acquire().then((settle) => { times.push(clock.now()); settle(); })));
    for (const t of times) expect(times.filter((u) => u > t - 20_000 && u <= t).length).toBeLessThanOrEqual(100);
    expect(times).toHaveLength(250);
  });
});

describe('concurrency limit', () => {
  it('never runs more than the limit at once', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let started = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const runs = Array.from({ length: 5 }, () =>
      limit(async () => {
        started += 1;
        active += 1;
        peak = Math.max(peak, active);
        await new Promise<void>((resolve) => gates.push(resolve));
        active -= 1;
      }),
    );
    while (started < 5) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(active).toBeLessThanOrEqual(2);
      gates.splice(0).forEach((open) => open());
    }
    gates.splice(0).forEach((open) => open());
    await Promise.all(runs);
    expect(peak).toBe(2);
  });
});
