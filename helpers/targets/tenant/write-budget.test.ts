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
    for (let i = 0; i < 3; i++) await budget.acquire();
    expect(clock.sleeps).toEqual([]);
    await budget.acquire();
    expect(clock.sleeps).toEqual([20_000]);
    expect(budget.waitedMs()).toBe(20_000);
  });

  it('never lets more than N writes into any window, whatever the arrival order', async () => {
    const clock = fakeClock();
    const budget = createWriteBudget({ writes: 100, windowMs: 20_000 }, clock);
    const times: number[] = [];
    await Promise.all(Array.from({ length: 250 }, () => budget.acquire().then(() => times.push(clock.now()))));
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
