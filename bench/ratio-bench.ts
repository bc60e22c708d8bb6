// `npm run bench` (first part): the speed figures as ratios to floors timed in the same run,
// interleaved (floor, project, floor, project...) so a shared, noisy machine moves both alike:
// - the corpus gate against vitest's own floor of the same shape (as many describes x 4 no-op
//   tests), and the peak RSS of each process tree;
// - the stack floor: the same shape where each path also makes the one request the gate makes,
//   through supertest to a nock interceptor answering a constant body (the project's chosen
//   sender and mock, with nothing of ours): what any gate on this stack pays before our code;
// - the build against a read-and-lex floor (one node process reading every page, lexing it with
//   marked and writing one file per page), and the CLI's own start-up (`build --help`) beside it;
// - growth: gate and build on the corpus x1, x2, x4 (contracts and pages copied under new names);
// - sharding: CONTRACT_SHARDS=2 against 1 for the corpus gate.
// `--write` puts the table into docs/performance.md between its bench markers. Figures only.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_NAMES } from '../helpers/checks/check-types.ts';
import { environmentVariable } from '../helpers/config/process-environment.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import { planPaths } from '../helpers/gate/plan-paths.ts';
import { buildCorpusContracts } from './corpus-contracts.ts';
import { sampleTreeRss } from './process-tree-rss.ts';
import { timedVitest, type TimedRun } from './timed-vitest.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, '.vitest-bench', 'ratios');
const CORPUS = environmentVariable('CORPUS_DIR') ?? join(ROOT, '../shared/corpus');
const RUNS = Number(environmentVariable('BENCH_RUNS') ?? 3);
const SCALES = [1, 2, 4] as const;

interface Timed {
  wallMs: number;
  rssTree?: number;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

// Inputs at each scale: the corpus contracts (and pages) under k copies of their names.
const base = join(WORK, 'contracts-x1');
const built = buildCorpusContracts(base);
const pagesBase = join(WORK, 'pages-x1');
for (const folder of ['beta', 'v1.0', 'text', 'legacy']) cpSync(join(CORPUS, folder), join(pagesBase, folder), { recursive: true });
for (const scale of SCALES.slice(1)) {
  for (let copy = 0; copy < scale; copy++) {
    cpSync(base, join(WORK, `contracts-x${scale}`, `copy${copy}`), { recursive: true });
    cpSync(pagesBase, join(WORK, `pages-x${scale}`, `copy${copy}`), { recursive: true });
  }
}
const contractsAt = (scale: number) => join(WORK, `contracts-x${scale}`);
const pagesAt = (scale: number) => join(WORK, `pages-x${scale}`);
const pathsAt = (scale: number) => planPaths(loadContracts(contractsAt(scale)).contracts).length;

/**
 * vitest's floor for the gate's shape at `paths` paths: same describes, beforeAll and tests,
 * doing nothing; with `stack`, each path's beforeAll also awaits one supertest POST to a nock
 * interceptor with a constant reply, 8 in flight as the gate sends them (SPEC_CONCURRENCY).
 */
function floorRoot(paths: number, stack = false): string {
  const root = join(WORK, `${stack ? 'stack' : 'floor'}-${paths}`);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'vitest.config.ts'), `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['floor.spec.ts'], reporters: ['default', [${JSON.stringify(join(ROOT, 'helpers/report/junit-reporter.ts'))}, { outputFile: 'reports/junit.xml' }]] } });\n`);
  const sending = stack
    ? `import nock from 'nock';
import request from 'supertest';
const origin = 'http://graph.mock.invalid';
nock.disableNetConnect();
nock(origin).persist().intercept(() => true, 'POST').reply(async (req: Request) => [201, await req.text(), { 'Content-Type': 'application/json' }]);
const body = JSON.stringify({ '@odata.type': '#microsoft.graph.thing', displayName: 'name', description: 'text', enabled: true, count: 1 });
const statuses: number[] = [];
let next = 0;
async function sender() {
  while (next < ${paths}) {
    const i = next++;
    statuses[i] = (await request(origin + '/beta').post('/deviceManagement/things').set({ 'Content-Type': 'application/json', Authorization: 'Bearer mock-token' }).send(body)).status;
  }
}
const sent = Promise.all(Array.from({ length: 8 }, sender));
const outcomeOf = async (i: number) => { await sent; return statuses[i] === 201 ? [] : [statuses[i]]; };`
    : `const outcomeOf = async (_i: number) => [];`;
  writeFileSync(join(root, 'floor.spec.ts'), `import { beforeAll, describe, expect, test } from 'vitest';
${sending}
const checks = ${JSON.stringify(CHECK_NAMES)};
test('there are contracts to run', () => {});
for (let i = 0; i < ${paths}; i++) {
  describe('path ' + i, () => {
    let outcome: unknown[] = [];
    beforeAll(async () => { outcome = await outcomeOf(i); });
    for (const check of checks) test(check, () => { expect(outcome).toEqual([]); });
  });
}
`);
  return root;
}

function ok(label: string, run: TimedRun): Timed {
  if (run.exitCode !== 0) throw new Error(`${label} exited ${run.exitCode}:\n${run.output.slice(-2000)}`);
  return { wallMs: run.wallMs, ...(run.peakRss ? { rssTree: run.peakRss.tree } : {}) };
}

const gate = async (scale: number, shards = 1) =>
  ok(`gate x${scale}`, await timedVitest(['--project', 'contracts*'], { CONTRACTS_DIR: contractsAt(scale), REPORTS_DIR: join(WORK, 'reports'), CONTRACT_SHARDS: String(shards), GRAPH_TARGET: 'mock' }));
const floor = async (paths: number) => ok(`floor ${paths}`, await timedVitest(['--root', floorRoot(paths)], {}));
const stackFloor = async (paths: number) => ok(`stack floor ${paths}`, await timedVitest(['--root', floorRoot(paths, true)], {}));

/** A node process as a user runs it: wall time and peak RSS of its tree. */
function timedNode(args: string[]): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const sampler = sampleTreeRss(child.pid ?? 0);
  return new Promise((resolve) => child.on('close', () => {
    const peaks = sampler.stop();
    resolve({ wallMs: performance.now() - started, ...(peaks ? { rssTree: peaks.tree } : {}) });
  }));
}

const READ_AND_LEX = join(WORK, 'read-and-lex.mjs');
writeFileSync(READ_AND_LEX, `import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Lexer } from ${JSON.stringify(join(ROOT, 'node_modules/marked/lib/marked.esm.js'))};
const [input, out] = process.argv.slice(2);
for (const file of readdirSync(input, { recursive: true, encoding: 'utf8' }).filter((f) => /\\.(md|txt)$/.test(f))) {
  const tokens = Lexer.lex(readFileSync(join(input, file), 'utf8'));
  const target = join(out, file.replace(/\\.(md|txt)$/, '.json'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ file, tokens: tokens.length }));
}
`);
const build = (scale: number) => timedNode([join(ROOT, 'bin/graph-contracts.js'), 'build', pagesAt(scale), '--out', join(WORK, `built-x${scale}`)]);
const buildFloor = (scale: number) => timedNode([READ_AND_LEX, pagesAt(scale), join(WORK, `lexed-x${scale}`)]);
const cliStartUp = () => timedNode([join(ROOT, 'bin/graph-contracts.js'), 'build', '--help']);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** `a` and `b` in turn, RUNS pairs: medians of each and of the pair ratios. */
async function paired(a: () => Promise<Timed>, b: () => Promise<Timed>) {
  const pairs: Array<[Timed, Timed]> = [];
  for (let i = 0; i < RUNS; i++) {
    const floorRun = await b();
    pairs.push([await a(), floorRun]);
  }
  return {
    a: median(pairs.map(([x]) => x.wallMs)),
    b: median(pairs.map(([, y]) => y.wallMs)),
    ratio: median(pairs.map(([x, y]) => x.wallMs / y.wallMs)),
    rssA: median(pairs.map(([x]) => x.rssTree ?? NaN)),
    rssB: median(pairs.map(([, y]) => y.rssTree ?? NaN)),
    rssRatio: median(pairs.map(([x, y]) => (x.rssTree ?? NaN) / (y.rssTree ?? NaN))),
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rows: string[] = [];
const paths1 = pathsAt(1);

const gateVsFloor = await paired(() => gate(1), () => floor(paths1));
const stackVsFloor = await paired(() => stackFloor(paths1), () => floor(paths1));
const gateVsStack = await paired(() => gate(1), () => stackFloor(paths1));
rows.push(`| corpus gate vs mock (${built.written} contracts, ${paths1} paths) | ${s(gateVsFloor.a)} | vitest alone, same shape: ${s(gateVsFloor.b)} | **${gateVsFloor.ratio.toFixed(2)}x** | <= 1.5x |`);
rows.push(`| its peak RSS (process tree) | ${mb(gateVsFloor.rssA)} | ${mb(gateVsFloor.rssB)} | **${gateVsFloor.rssRatio.toFixed(2)}x** | <= 1.2x |`);
rows.push(`| stack floor: the same shape, each path one supertest POST to a constant nock reply | ${s(stackVsFloor.a)} | vitest alone: ${s(stackVsFloor.b)} | ${stackVsFloor.ratio.toFixed(2)}x | (what the stack costs) |`);
rows.push(`| its peak RSS (process tree) | ${mb(stackVsFloor.rssA)} | ${mb(stackVsFloor.rssB)} | ${stackVsFloor.rssRatio.toFixed(2)}x | |`);
rows.push(`| corpus gate vs the stack floor | ${s(gateVsStack.a)} | ${s(gateVsStack.b)} | **${gateVsStack.ratio.toFixed(2)}x** | (what is ours) |`);
rows.push(`| its peak RSS (process tree) | ${mb(gateVsStack.rssA)} | ${mb(gateVsStack.rssB)} | ${gateVsStack.rssRatio.toFixed(2)}x | |`);
const buildVsFloor = await paired(() => build(1), () => buildFloor(1));
const startUpVsFloor = await paired(() => cliStartUp(), () => buildFloor(1));
rows.push(`| build of the corpus (fresh process) | ${s(buildVsFloor.a)} | read, lex with marked, write one file per page: ${s(buildVsFloor.b)} | **${buildVsFloor.ratio.toFixed(2)}x** | <= 2x |`);
rows.push(`| of which the CLI's start-up (\`graph-contracts build --help\`: node and the compiled build's modules) | ${s(startUpVsFloor.a)} | ${s(startUpVsFloor.b)} | ${startUpVsFloor.ratio.toFixed(2)}x | |`);

const growth: string[] = [];
let previousGate: number | undefined;
let previousBuild: number | undefined;
for (const scale of SCALES) {
  const gates: number[] = [];
  const builds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gates.push((await gate(scale)).wallMs);
    builds.push((await build(scale)).wallMs);
  }
  const gateAt = median(gates);
  const buildAt = median(builds);
  growth.push(`| x${scale} | ${s(gateAt)}${previousGate ? ` (${(gateAt / previousGate).toFixed(2)}x the previous)` : ''} | ${s(buildAt)}${previousBuild ? ` (${(buildAt / previousBuild).toFixed(2)}x the previous)` : ''} |`);
  previousGate = gateAt;
  previousBuild = buildAt;
}
const shards = await paired(() => gate(1, 2), () => gate(1, 1));

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (BENCH_RUNS=${RUNS}; medians; ratios are medians of pair ratios, each pair timed back to back).`,
  '',
  '| measure | this project | floor | ratio | goal |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  'Growth (each doubling should cost at most 2.2x):',
  '',
  '| corpus copies | gate | build |',
  '|---|---|---|',
  ...growth,
  '',
  `Sharding: the corpus gate with \`CONTRACT_SHARDS=2\` ${s(shards.a)} against ${s(shards.b)} with 1: **${shards.ratio.toFixed(2)}x** (below 1 pays).`,
].join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const page = join(ROOT, 'docs/performance.md');
  const text = readFileSync(page, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) throw new Error(`${page} has no <!-- bench:start --> ... <!-- bench:end --> section`);
  writeFileSync(page, `${text.slice(0, start)}<!-- bench:start -->\n## Gate, build, growth and sharding (\`npm run bench\`)\n\n${table}\n${text.slice(end)}`);
  console.log(`${page}: bench section written`);
}
