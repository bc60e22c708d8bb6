// `npm run bench:hostile`: times each pathological input (bench/hostile-cases.ts) in a fresh
// process and prints wall and CPU milliseconds and the outcome per case. A case still running after
// BENCH_TIMEOUT_S (default 30) is killed and shown as such; figures, never a pass/fail.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { environmentVariable } from '../helpers/config/process-environment.ts';
import { HOSTILE_CASES } from './hostile-cases.ts';

const timeoutSeconds = Number(environmentVariable('BENCH_TIMEOUT_S') ?? 30);
const only = process.argv[2];
const script = join(import.meta.dirname, 'hostile-case.ts');

console.log(`hostile inputs (each in a fresh process, killed after ${timeoutSeconds} s):`);
for (const hostile of HOSTILE_CASES) {
  if (only && !hostile.name.includes(only)) continue;
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, hostile.name], { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 16 * 1024 * 1024 });
  let figure: string;
  if (result.error || result.signal) figure = `> ${timeoutSeconds} s (killed)`;
  else {
    const line = result.stdout.trim().split('\n').pop() ?? '';
    try {
      const { ms, cpuMs, outcome } = JSON.parse(line) as { ms: number; cpuMs: number; outcome: string };
      figure = `${ms.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms CPU  ${outcome}`;
    } catch {
      figure = `crashed (exit ${result.status}): ${result.stderr.trim().split('\n').filter((l) => !l.startsWith('    at ')).slice(-2).join(' | ').slice(0, 160)}`;
    }
  }
  console.log(`  ${hostile.name.padEnd(52)} ${figure}`);
}
