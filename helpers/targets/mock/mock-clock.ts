import { randomUUID } from 'node:crypto';
import type { MockClock } from './mock-types.ts';

// Date.now() has millisecond resolution; hrtime supplies the sub-millisecond ticks so
// dates the mock fills carry Graph's full 7 fractional digits.
export const systemClock: MockClock = {
  newGuid: () => randomUUID(),
  nowTicks: () => BigInt(Date.now()) * 10_000n + (process.hrtime.bigint() / 100n) % 10_000n,
};
