// `npm run bench` (second part): the contract gate over the whole corpus against the mock,
// beside an empty vitest run timed the same way, in fresh processes. Prints wall time,
// ms per contract and peak RSS (process tree). Fails if the corpus run does not pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusContracts } from './corpus-contracts.ts';
import { timedVitest, type TimedRun } from './timed-vitest.ts';

const work = join(import.meta.dirname, '../.vitest-bench');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const contractsDir = join(work, 'contracts');
const built = buildCorpusContracts(contractsDir);

// The empty run: same vitest, one file with one empty test, no config work.
const emptyRoot = join(work, 'empty');
mkdirSync(emptyRoot, { recursive: true });
writeFileSync(join(emptyRoot, 'vitest.config.ts'), "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['empty.spec.ts'] } });\n");
writeFileSync(join(emptyRoot, 'empty.spec.ts'), "import { test } from 'vitest';\ntest('empty', () => {});\n");

async function median(label: string, run: () => Promise<TimedRun>): Promise<TimedRun> {
  const results: TimedRun[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run();
    if (result.exitCode !== 0) throw new Error(`${label} exited ${result.exitCode}:\n${result.output.slice(-3000)}`);
    results.push(result);
  }
  results.sort((a, b) => a.wallMs - b.wallMs);
  return results[Math.floor(results.length / 2)]!;
}

const empty = await median('empty vitest run', () => timedVitest(['--root', emptyRoot], {}));
const corpus = await median('corpus gate run', () =>
  timedVitest(['--project', 'contracts'], { CONTRACTS_DIR: contractsDir, REPORTS_DIR: join(work, 'reports') }),
);
const tests = /Tests\s+(?:\S+\s+)*?(\d+) passed/.exec(corpus.output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '?';
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);

console.log(`spec bench: ${built.written} corpus contracts (${built.failed} pages failed to build), ${tests} tests passed, median of ${runs}`);
console.log(`spec bench: empty vitest run  wall ${(empty.wallMs / 1000).toFixed(2)} s, peak RSS ${mb(empty.peakRssBytes)}`);
console.log(
  `spec bench: corpus gate (mock) wall ${(corpus.wallMs / 1000).toFixed(2)} s, ${(corpus.wallMs / built.written).toFixed(2)} ms/contract, ` +
    `peak RSS ${mb(corpus.peakRssBytes)}, ${(corpus.wallMs / empty.wallMs).toFixed(1)}x the empty run (target <= 2x, <= 300 MB)`,
);
