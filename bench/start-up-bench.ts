// `npm run bench` (first part): the CLI's start-up as a user meets it, whole processes timed
// beside `node -e 0` (node's own start-up) in the same run, interleaved pair by pair so a shared,
// noisy machine moves both alike: `graph-contracts --version` (start-up alone) and the corpus
// `diff` (the 2019 pages against the July 2021 corpus, as docs/diff.md builds them). Goals, on
// this machine where `node -e 0` takes about 0.1 s: 0.2 s and 0.6 s, i.e. 2x and 6x node's floor.
// `--write` puts the table into docs/performance.md between its start-up markers.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContracts, writeContracts } from '../helpers/cli/build-contracts.ts';
import { environmentVariable } from '../helpers/config/process-environment.ts';
import { DEFAULT_CORPUS } from './corpus-contracts.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, '.vitest-bench', 'start-up');
const CORPUS = environmentVariable('CORPUS_DIR') ?? DEFAULT_CORPUS;
const HISTORY = join(CORPUS, '../history/2019-07-01');
const PAIRS = Math.max(9, 3 * Number(environmentVariable('BENCH_RUNS') ?? 3));
const BIN = join(ROOT, 'bin/graph-contracts.js');

/** The corpus pages as they stood in 2019 (the history laid over today's) and today's, built once each. */
function corpusContracts(): { before: string; after: string; count: number } {
  rmSync(WORK, { recursive: true, force: true });
  const sides = { before: join(WORK, 'contracts-2019'), after: join(WORK, 'contracts-2021') };
  let count = 0;
  for (const [side, out] of Object.entries(sides)) {
    const pages = join(WORK, `pages-${side}`);
    for (const version of ['beta', 'v1.0']) {
      cpSync(join(CORPUS, version), join(pages, version), { recursive: true });
      if (side === 'before') for (const file of readdirSync(join(HISTORY, version))) cpSync(join(HISTORY, version, file), join(pages, version, file));
    }
    mkdirSync(out, { recursive: true });
    count = writeContracts(buildContracts([pages]), out).length;
  }
  return { ...sides, count };
}

function wallMs(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** `command` and `node -e 0` in turn, PAIRS times after one warm-up each: medians of both and of the pair ratios. */
function paired(args: string[]): { ms: number; floorMs: number; ratio: number } {
  wallMs(['-e', '0']);
  wallMs(args);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < PAIRS; i++) {
    const floor = wallMs(['-e', '0']);
    pairs.push([wallMs(args), floor]);
  }
  return { ms: median(pairs.map(([a]) => a)), floorMs: median(pairs.map(([, b]) => b)), ratio: median(pairs.map(([a, b]) => a / b)) };
}

const { before, after, count } = corpusContracts();
const version = paired([BIN, '--version']);
const diff = paired([BIN, 'diff', before, after, '--fail-on', 'none']);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${PAIRS} pairs after a warm-up; medians; the ratio is the median of pair ratios, each pair timed back to back).`,
  '',
  '| command (whole process) | time | `node -e 0` beside it | ratio | goal |',
  '|---|---|---|---|---|',
  `| \`graph-contracts --version\` | ${s(version.ms)} | ${s(version.floorMs)} | **${version.ratio.toFixed(2)}x** | 0.2 s where node takes 0.1 s: <= 2x |`,
  `| \`graph-contracts diff\` 2019 -> July 2021 corpus (${count} contracts a side) | ${s(diff.ms)} | ${s(diff.floorMs)} | **${diff.ratio.toFixed(2)}x** | 0.6 s where node takes 0.1 s: <= 6x |`,
].join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const page = join(ROOT, 'docs/performance.md');
  const text = readFileSync(page, 'utf8');
  const start = text.indexOf('<!-- start-up:start -->');
  const end = text.indexOf('<!-- start-up:end -->');
  if (start < 0 || end < start) throw new Error(`${page} has no <!-- start-up:start --> ... <!-- start-up:end --> section`);
  writeFileSync(page, `${text.slice(0, start)}<!-- start-up:start -->\n## CLI start-up (\`npm run bench\`)\n\n${table}\n${text.slice(end)}`);
  console.log(`${page}: start-up section written`);
}
