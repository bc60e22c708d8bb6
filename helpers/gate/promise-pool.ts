// Runs tasks with at most `limit` in flight, returning one promise per task at once.
// The spec starts every send at collection time so requests overlap instead of queueing
// behind vitest's one-describe-at-a-time hooks.
export function promisePool<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Array<Promise<T>> {
  let next = 0;
  const settlers: Array<{ resolve: (v: T) => void; reject: (e: unknown) => void }> = [];
  const promises = tasks.map(() => new Promise<T>((resolve, reject) => settlers.push({ resolve, reject })));
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i]!;
      const settle = settlers[i]!;
      await task().then(settle.resolve, settle.reject);
    }
  };
  for (let w = 0; w < Math.min(limit, tasks.length); w++) void worker();
  return promises;
}
