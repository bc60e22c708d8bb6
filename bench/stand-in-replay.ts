// `npm run spec:stand-in-replay -- [--contracts DIR] [--beta 160] [--share 0.3] [--history 2019-07-01]`:
// the recorded-answers loop over the Graph-like stand-in, as CI runs it, with figures. A tenant
// run of the real spec against fake-graph (Intune-like behaviours on a share of the contracts)
// records into a temp folder (GRAPH_RECORD); a second run records again; the first run's report
// becomes the baseline; the spec then replays the recordings (GRAPH_TARGET=replay) with it while
// the stand-in stays up and counts requests. Prints: paths recorded, files that differ between
// the two recordings, paths whose class or code differ between the tenant run and the replay,
// the replay's exit code, requests the stand-in got during the replay, canary hits (the client
// secret, tenant id, client id, every token issued) in the recordings, wall times. With
// --history, the same recordings replayed against contracts built from those older pages: the
// contracts and fields the recorded service contradicts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { inheritedEnvironment } from '../helpers/config/process-environment.ts';
import { buildContracts, writeContracts } from '../helpers/cli/build-contracts.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import type { ContractReport } from '../helpers/report/contract-report.ts';
import { startFakeGraph } from '../helpers/testing/fake-graph/fake-graph-server.ts';
import { intuneShare } from '../helpers/testing/fake-graph/intune-behaviours.ts';
import { tenantEnvFor } from '../helpers/testing/fake-graph/tenant-env.ts';
import { runCli } from '../helpers/testing/run-cli.ts';
import { buildCorpusContracts, DEFAULT_CORPUS } from './corpus-contracts.ts';

const { values } = parseArgs({ options: { contracts: { type: 'string' }, beta: { type: 'string', default: '160' }, share: { type: 'string', default: '0.3' }, history: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'graph-contracts-stand-in-replay-'));
const contractsDir = values.contracts ?? pickBeta(Number(values.beta));
const contracts = loadContracts(contractsDir).contracts.map((named) => named.contract);
const roles = [...new Set(contracts.flatMap((c) => c.permissions.application))].sort();
const fake = await startFakeGraph({ contracts, roles, switches: { intune: intuneShare(Number(values.share)) } });
const recordings = join(work, 'recordings');
const tenant = { ...tenantEnvFor(fake, { GRAPH_MAX_ATTEMPTS: '3', GRAPH_WRITE_WINDOW_MS: '1000', GRAPH_METADATA: 'off' }), CONTRACTS_DIR: contractsDir, GRAPH_RECORD: recordings };

const first = await spec({ ...tenant, REPORTS_DIR: join(work, 'tenant-1') });
const once = filesOf(recordings);
const second = await spec({ ...tenant, REPORTS_DIR: join(work, 'tenant-2') });
const twice = filesOf(recordings);
const differing = [...new Set([...Object.keys(once), ...Object.keys(twice)])].filter((file) => once[file] !== twice[file]);
const baseline = join(work, 'tenant.json');
await runCli(['expectations', join(work, 'tenant-1', 'contract-report.json'), '--out', baseline]);

const before = fake.log.length;
const replay = await spec({ GRAPH_TARGET: 'replay', RECORDINGS_DIR: recordings, CONTRACTS_DIR: contractsDir, GRAPH_EXPECTATIONS: baseline, REPORTS_DIR: join(work, 'replay') });
const requestsDuringReplay = fake.log.length - before;
const canaries = [fake.app.clientSecret, fake.app.tenantId, fake.app.clientId, ...fake.issuedTokens()];
const recorded = Object.values(twice).join('\n').toLowerCase();
const canaryHits = canaries.filter((value) => recorded.includes(value.toLowerCase())).length;
await fake.close();

const tenantRows = classes(report(join(work, 'tenant-1')));
const replayReport = report(join(work, 'replay'));
const replayRows = classes(replayReport);
const mismatched = [...tenantRows].filter(([key, value]) => replayRows.get(key) !== value);
console.log(`\nstand-in replay: ${contracts.length} contracts, ${tenantRows.size} paths, Intune-like behaviours on ${Number(values.share) * 100}% of the contracts`);
console.log(`record 1: exit ${first.code}, wall ${first.wallS.toFixed(1)} s; ${Object.keys(once).length} files written (${Object.keys(once).length - 1} recordings + manifest)`);
console.log(`record 2: exit ${second.code}, wall ${second.wallS.toFixed(1)} s; files that differ from record 1: ${differing.length ? differing.join(', ') : 'none'}`);
console.log(`replay with record 1's baseline: exit ${replay.code}, wall ${replay.wallS.toFixed(1)} s; ${mismatched.length} of ${tenantRows.size} paths in another class or code${mismatched.length ? `: ${mismatched.slice(0, 5).map(([k, v]) => `${k} ${v} -> ${replayRows.get(k)}`).join('; ')}` : ''}`);
console.log(`replay: ${replayReport.replay?.recorded ?? 0} paths judged against recorded answers, ${replayReport.replay?.generated ?? 0} generated, ${replayReport.replay?.skippedWhenRecorded ?? 0} skipped as recorded; requests the stand-in got during the replay: ${requestsDuringReplay}`);
console.log(`canaries (client secret, tenant id, client id, ${fake.issuedTokens().length} tokens) found in the recordings: ${canaryHits}`);

if (values.history) {
  const older = buildOlder(values.history);
  const historic = await spec({ GRAPH_TARGET: 'replay', RECORDINGS_DIR: recordings, CONTRACTS_DIR: older.dir, GRAPH_EXPECTATIONS: baseline, REPORTS_DIR: join(work, 'history') });
  const rows = report(join(work, 'history')).rows;
  const contradicted = rows.filter((row) => row.judgedAgainst?.kind === 'recorded' && row.expectation === 'unexpected');
  console.log(`\nhistory ${values.history}: ${older.built} contracts built from the older pages of these resources; replay exit ${historic.code}; ${rows.length} paths, ${contradicted.length} contradicted by the recorded service:`);
  for (const row of contradicted) {
    const fields = [...new Set(Object.values(row.checks).flatMap((cell) => cell?.failures ?? []).flatMap((f) => (f.field ? [`${f.code} ${f.field}`] : [f.code])))];
    console.log(`  ${row.contract} ${row.pathTemplate}: ${fields.join(', ')}`);
  }
}
console.log(`\nfolders in ${work}`);
process.exitCode = mismatched.length === 0 && replay.code === 0 && differing.every((file) => file === 'manifest.json') && requestsDuringReplay === 0 && canaryHits === 0 ? 0 : 1;

/** The contract spec in a child vitest (async: the stand-in answering it lives in this process). */
async function spec(env: Record<string, string | undefined>): Promise<{ code: number | null; wallS: number }> {
  const started = performance.now();
  const vitest = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'contracts*'], { stdio: 'ignore', env: inheritedEnvironment(env) });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, wallS: (performance.now() - started) / 1000 };
}

/** Every `count`-th share of the corpus's beta contracts, evenly spread. */
function pickBeta(count: number): string {
  const all = join(work, 'all');
  buildCorpusContracts(all);
  const beta = readdirSync(join(all, 'beta')).filter((f) => f.endsWith('.json')).sort();
  const dir = join(work, 'contracts');
  mkdirSync(join(dir, 'beta'), { recursive: true });
  for (let i = 0; i < Math.min(count, beta.length); i++) cpSync(join(all, 'beta', beta[Math.floor((i * beta.length) / Math.min(count, beta.length))]!), join(dir, 'beta', beta[Math.floor((i * beta.length) / Math.min(count, beta.length))]!));
  return dir;
}

/** Contracts of the same resources built from the older pages ../shared/history/<era> holds. */
function buildOlder(era: string): { dir: string; built: number } {
  const history = join(DEFAULT_CORPUS, '../history', era);
  const pages = join(work, `pages-${era}`);
  for (const contract of contracts) {
    const page = join(history, contract.source.file);
    if (existsSync(page)) cpSync(page, join(pages, contract.source.file));
  }
  const dir = join(work, `contracts-${era}`);
  rmSync(dir, { recursive: true, force: true });
  const summary = buildContracts([pages]);
  return { dir, built: writeContracts(summary, dir).length };
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function report(dir: string): ContractReport {
  return JSON.parse(readFileSync(join(dir, 'contract-report.json'), 'utf8')) as ContractReport;
}

function classes(r: ContractReport): Map<string, string> {
  return new Map(r.rows.map((row) => [`${row.contract} ${row.pathTemplate}`, `${row.outcome}${row.code ? ` ${row.code}` : ''}`]));
}
