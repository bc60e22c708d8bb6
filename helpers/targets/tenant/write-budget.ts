// Intune allows 100 writes per 20 s per app per tenant; going over earns 429s that cost more
// time than pacing. A sliding window of recent write times, owned by the run's tenant session,
// holds a write back until the window has room.
import type { ResilienceConfig } from '../../config/tenant-config.ts';
import type { Clock } from '../../foundation/clock.ts';

export interface WriteBudget {
  acquire(): Promise<void>;
  /** Milliseconds spent waiting for room so far, for the report. */
  waitedMs(): number;
}

export function createWriteBudget(budget: ResilienceConfig['writeBudget'], clock: Clock): WriteBudget {
  const recent: number[] = [];
  let waited = 0;
  let chain: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const now = clock.now();
      while (recent.length > 0 && recent[0]! <= now - budget.windowMs) recent.shift();
      if (recent.length < budget.writes) {
        recent.push(now);
        return;
      }
      const wait = recent[0]! + budget.windowMs - now;
      waited += wait;
      await clock.sleep(wait);
    }
  };
  return {
    // Serialised so that two writers never both see the last free slot.
    acquire: () => (chain = chain.then(take)),
    waitedMs: () => waited,
  };
}
