// `npm run bench` (second part): the contract gate over the whole corpus against the mock,
// beside two baselines timed the same way, in fresh processes:
// - an empty vitest run (one empty test): the yardstick;
// - vitest's own floor for the gate's shape: as many describes and tests, doing nothing, so
//   the figures separate what vitest costs per test from what sending and checking costs.
// Prints wall time, ms per contract and peak RSS (whole process tree, and the largest single
// process). Fails if the corpus run does not pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_NAMES } from '../helpers/checks/check-types.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import { planPaths } from '../helpers/gate/plan-paths.ts';
import { buildCorpusContracts } from './corpus-contracts.ts';
import { timedVitest, type TimedRun } from './timed-vitest.ts';

const work = join(import.meta.dirname, '../.vitest-bench');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const contractsDir = join(work, 'contracts');
const built = buildCorpusContracts(contractsDir);
const paths = planPaths(loadContracts(contractsDir).contracts).length;

const emptyRoot = writeBaseline('empty', "test('empty', () => {});\n");
// The gate's shape: one describe per contract path, awaiting a value in beforeAll, one test per
// check asserting with expect, plus the file's own guard test. Same reporters as the gate.
const floorRoot = writeBaseline(
  'floor',
  `const checks = ${JSON.stringify(CHECK_NAMES)};
test('there are contracts to run', () => {});
for (let i = 0; i < ${paths}; i++) {
  describe('path ' + i, () => {
    let outcome: unknown[] = [];
    beforeAll(async () => { outcome = await Promise.resolve([]); });
    for (const check of checks) test(check, () => { expect(outcome).toEqual([]); });
  });
}
`,
  `reporters: ['default', [${JSON.stringify(join(import.meta.dirname, '../helpers/report/junit-reporter.ts'))}, { outputFile: 'reports/junit.xml' }]],`,
);

function writeBaseline(name: string, body: string, extraConfig = ''): string {
  const root = join(work, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'vitest.config.ts'), `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['${name}.spec.ts'], ${extraConfig} } });\n`);
  writeFileSync(join(root, `${name}.spec.ts`), `import { beforeAll, describe, expect, test } from 'vitest';\n${body}`);
  return root;
}

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
const floor = await median('vitest floor run', () => timedVitest(['--root', floorRoot], {}));
const corpus = await median('corpus gate run', () =>
  timedVitest(['--project', 'contracts'], { CONTRACTS_DIR: contractsDir, REPORTS_DIR: join(work, 'reports'), CONTRACT_SHARDS: '1' }),
);
const testsOf = (run: TimedRun) => /Tests\s+(?:\S+\s+)*?(\d+) passed/.exec(run.output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '?';
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const figures = (run: TimedRun) =>
  `wall ${(run.wallMs / 1000).toFixed(2)} s, peak RSS ${mb(run.peakRss?.tree)} (process tree), ${mb(run.peakRss?.largestProcess)} (largest process)`;

console.log(`spec bench: ${built.written} corpus contracts (${built.failed} pages failed to build), ${paths} paths, ${testsOf(corpus)} tests passed, median of ${runs}`);
console.log(`spec bench: empty vitest run                  ${figures(empty)}`);
console.log(`spec bench: vitest floor, ${testsOf(floor)} tests doing nothing ${figures(floor)}`);
console.log(`spec bench: corpus gate (mock)                ${figures(corpus)}`);
console.log(
  `spec bench: corpus gate ${(corpus.wallMs / built.written).toFixed(2)} ms/contract, ${(corpus.wallMs / empty.wallMs).toFixed(1)}x the empty run, ` +
    `${((corpus.wallMs - floor.wallMs) / paths).toFixed(2)} ms/path above the floor (target <= 2x the empty run, <= 300 MB)`,
);
