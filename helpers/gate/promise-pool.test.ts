import { expect, test } from 'vitest';
import { promisePool } from './promise-pool.ts';

test('keeps at most `limit` tasks in flight and settles each promise with its own task', async () => {
  let inFlight = 0;
  let peak = 0;
  const tasks = Array.from({ length: 20 }, (_, i) => async () => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    if (i === 3) throw new Error('task 3');
    return i;
  });
  const results = await Promise.allSettled(promisePool(tasks, 4));
  expect(peak).toBe(4);
  expect(results[3]).toMatchObject({ status: 'rejected' });
  expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual(
    Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 3),
  );
});
