// Times `graph-contracts build` over the shared corpus as a user runs it (a fresh process,
// startup included) and prints wall time and pages per second. Figures, never a pass/fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const corpus = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const cli = join(import.meta.dirname, '../bin/graph-contracts.js');

const walls: number[] = [];
let summary = '';
for (let run = 0; run < runs; run++) {
  const out = mkdtempSync(join(tmpdir(), 'graph-contracts-bench-'));
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'build', corpus, '--out', out], { encoding: 'utf8' });
  walls.push(performance.now() - started);
  summary = result.stdout.trim().split('\n').pop() ?? '';
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0 && result.status !== 1) throw new Error(`build exited ${result.status}: ${result.stderr}`);
}
walls.sort((a, b) => a - b);
const median = walls[Math.floor(walls.length / 2)] ?? 0;
const pages = Number(/of (\d+) pages/.exec(summary)?.[1] ?? 0);
console.log(`corpus build: ${summary}`);
console.log(`corpus build: wall ${(median / 1000).toFixed(2)} s (median of ${runs}; min ${((walls[0] ?? 0) / 1000).toFixed(2)} s), ${(pages / (median / 1000)).toFixed(0)} pages/s`);
