// Intune allows 100 writes per 20 s per app per tenant; going over earns 429s that cost more
// time than pacing. A sliding window of recent writes, owned by the run's tenant session,
// holds a write back until the window has room. A write holds its slot from the moment it is
// let through until 20 s after its answer came back: the service counts a write when it
// arrives, which is somewhere in between, so timing the slot from the start alone let a window
// at the service hold a few more than the budget (measured: 102-104 of 100).
import type { ResilienceConfig } from '../../config/tenant-config.ts';
import type { Clock } from '../../foundation/clock.ts';

/** Call when the write's answer has arrived (or it failed): its slot then ages from now. */
export type SettleWrite = () => void;

export interface WriteBudget {
  acquire(): Promise<SettleWrite>;
  /** Milliseconds spent waiting for room so far, for the report. */
  waitedMs(): number;
}

export function createWriteBudget(budget: ResilienceConfig['writeBudget'], clock: Clock): WriteBudget {
  // Each slot's time: when it was taken, moved to when the write settled. A slot not yet
  // settled is in flight and never expires.
  const slots: Array<{ at: number; settled: boolean }> = [];
  let waited = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const take = async (): Promise<SettleWrite> => {
    for (;;) {
      const now = clock.now();
      for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.settled && slots[i]!.at <= now - budget.windowMs) slots.splice(i, 1);
      if (slots.length < budget.writes) {
        const slot = { at: now, settled: false };
        slots.push(slot);
        return () => {
          slot.at = Math.max(slot.at, clock.now());
          slot.settled = true;
        };
      }
      const settled = slots.filter((slot) => slot.settled);
      // Every slot in flight: wait a little for one to settle; else until the oldest expires.
      const wait = settled.length === 0 ? Math.min(budget.windowMs, 50) : Math.max(1, Math.min(...settled.map((slot) => slot.at)) + budget.windowMs - now);
      waited += wait;
      await clock.sleep(wait);
    }
  };
  return {
    // Serialised so that two writers never both see the last free slot.
    acquire: () => {
      const next = chain.then(take);
      chain = next;
      return next;
    },
    waitedMs: () => waited,
  };
}
