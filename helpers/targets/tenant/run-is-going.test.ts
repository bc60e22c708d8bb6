import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, test } from 'vitest';
import { runIsGoing } from './run-is-going.ts';

describe('runIsGoing: whether a journal\'s run still runs on this machine', () => {
  test('this process is; a process of another machine is never taken for one here', () => {
    expect(runIsGoing({ host: hostname(), pid: process.pid })).toBe(true);
    expect(runIsGoing({ host: `not-${hostname()}`, pid: process.pid })).toBe(false);
  });

  test('a process that has exited is not', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('close', resolve));
    expect(runIsGoing({ host: hostname(), pid: child.pid! })).toBe(false);
  });

  // `sleep 5` (the shell exec'd into it) never reaps its child, so `sleep 0.1` lingers as a zombie:
  // it answers signal 0, as a killed run's worker does until something reaps it.
  test.skipIf(!existsSync('/proc/self/stat'))('a zombie (killed, not yet reaped) is not', async () => {
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 5']);
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8').trim()))));
      await expect.poll(() => /\) [ZX] /.test(readStat(pid)), { timeout: 3_000, interval: 50 }).toBe(true);
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(runIsGoing({ host: hostname(), pid })).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}
