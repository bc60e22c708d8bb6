// `npm run spec:stand-in -- [--share 0.3] [--break-echo NAME] [--contracts DIR] [--kill-after S]
// [--read-late MS] [--read-nulls-secrets] [--read-break NAME=KIND]...`: a tenant run of the real
// spec over the whole shared corpus (built into a temp folder) against fake-graph on 127.0.0.1,
// with the Intune-like behaviours (helpers/testing/fake-graph/intune-behaviours.ts) switched on for
// a share of the contracts, and the reads of created entities switched as read-behaviours.ts says
// (404 for MS after each create, secret-like properties nulled, NAME's reads broken by KIND). GRAPH_EXPECTATIONS, GRAPH_EXPECTATIONS_STRICT and
// GRAPH_PREVIOUS_REPORT pass through; reports go to REPORTS_DIR (default reports/stand-in).
// Prints the classes counted, the exit code, the wall time, the writes per window achieved
// against the write budget, and what was left in the stand-in's store.
// --kill-after S: the run (its whole process group) is killed with SIGKILL after S seconds, as a
// lost runner would be; then `npm run sweep` runs with the same settings against the same
// stand-in, and what it deleted, the DELETEs it sent and what is left are printed.
import { countOf } from '../helpers/foundation/count-noun.ts';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { environmentVariable, inheritedEnvironment } from '../helpers/config/process-environment.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import type { ContractReport } from '../helpers/report/contract-report.ts';
import { startFakeGraph } from '../helpers/testing/fake-graph/fake-graph-server.ts';
import { intuneByName, intuneShare, type IntuneBehaviourOf } from '../helpers/testing/fake-graph/intune-behaviours.ts';
import { READ_BREAKS, type ReadBreak } from '../helpers/testing/fake-graph/read-behaviours.ts';
import { readSummaryText } from '../helpers/report/read-delays.ts';
import { tenantEnvFor } from '../helpers/testing/fake-graph/tenant-env.ts';
import { buildCorpusContracts } from './corpus-contracts.ts';

const { values } = parseArgs({
  options: {
    share: { type: 'string', default: '0.3' }, 'break-echo': { type: 'string' }, contracts: { type: 'string' }, 'kill-after': { type: 'string' },
    'read-late': { type: 'string', default: '0' }, 'read-nulls-secrets': { type: 'boolean', default: false }, 'read-break': { type: 'string', multiple: true, default: [] },
  },
});
const killAfterS = values['kill-after'] === undefined ? undefined : Number(values['kill-after']);
if (killAfterS !== undefined && !(killAfterS > 0)) throw new Error(`--kill-after ${values['kill-after']}: expected a number of seconds above 0`);
const share = Number(values.share);
if (!(share >= 0 && share <= 1)) throw new Error(`--share ${values.share}: expected a number from 0 to 1`);
const readLate = Number(values['read-late']);
if (!(readLate >= 0)) throw new Error(`--read-late ${values['read-late']}: expected milliseconds, 0 or more`);
const readBreaks = new Map(values['read-break'].map((entry): [string, ReadBreak] => {
  const [name, kind] = entry.split('=');
  if (!name || !kind || !Object.hasOwn(READ_BREAKS, kind)) throw new Error(`--read-break ${entry}: expected NAME=KIND, KIND one of ${Object.keys(READ_BREAKS).join(', ')}`);
  return [name, kind as ReadBreak];
}));

let contractsDir = values.contracts;
if (!contractsDir) {
  contractsDir = join(tmpdir(), 'graph-contracts-stand-in');
  const built = buildCorpusContracts(contractsDir);
  console.log(`stand-in: ${built.written} contracts built into ${contractsDir} (${built.failed} pages failed to build)`);
}
const contracts = loadContracts(contractsDir).contracts.map((named) => named.contract);
// The stand-in's app holds every application permission the contracts document.
const roles = [...new Set(contracts.flatMap((c) => c.permissions.application))].sort();
const shared = intuneShare(share);
const broken = values['break-echo'] ? intuneByName({ [values['break-echo']]: 'broken-echo' }) : undefined;
const intune: IntuneBehaviourOf = (contract) => broken?.(contract) ?? shared(contract);
const fake = await startFakeGraph({
  contracts, roles,
  switches: { intune, readNotFoundForMs: readLate, readNullsSecrets: values['read-nulls-secrets'], readBreaks: (contract) => readBreaks.get(contract.resource) ?? readBreaks.get(contract.source.file) },
});

const reportsDir = environmentVariable('REPORTS_DIR') ?? 'reports/stand-in';
// Intune's budget is 100 writes per 20 s; the stand-in keeps the count and shortens the window
// (GRAPH_WRITE_WINDOW_MS, default 1 s here) so a corpus run takes a minute, not ten.
const budget = Number(environmentVariable('GRAPH_WRITE_BUDGET') ?? 100);
const windowMs = Number(environmentVariable('GRAPH_WRITE_WINDOW_MS') ?? 1000);
const env = inheritedEnvironment({
  ...tenantEnvFor(fake, { GRAPH_MAX_ATTEMPTS: '3', GRAPH_WRITE_BUDGET: String(budget), GRAPH_WRITE_WINDOW_MS: String(windowMs) }),
  CONTRACTS_DIR: contractsDir,
  REPORTS_DIR: reportsDir,
});
const started = performance.now();
const vitest = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
// Its own process group, so a kill takes the workers too.
const child = spawn(process.execPath, [vitest, 'run', '--project', 'contracts*'], { stdio: ['ignore', 'inherit', 'inherit'], env, detached: killAfterS !== undefined });
const killer = killAfterS === undefined ? undefined : setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAfterS * 1000);
// Async on purpose: the stand-in answering the child lives in this process's event loop.
const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
clearTimeout(killer);
const wallS = (performance.now() - started) / 1000;
if (killAfterS !== undefined) process.exit(await sweepAfterKill());
const left = fake.store.entries().length;
const writes = fake.writeTimes;
await fake.close();

const report = JSON.parse(readFileSync(join(reportsDir, 'contract-report.json'), 'utf8')) as ContractReport;
const classes = Object.entries(report.outcomeTotals).filter(([, n]) => n > 0).map(([c, n]) => `${c} ${n}`).join(', ');
console.log(`\nstand-in: ${report.rows.length} paths of ${contracts.length} contracts, Intune-like behaviours on ${share * 100}% of the contracts${values['break-echo'] ? `, echo broken for ${values['break-echo']}` : ''}`);
console.log(`stand-in: classes: ${classes}`);
console.log(`stand-in: ${report.expectations.unexpected} unexpected, ${report.expectations.fixed} fixed, ${report.expectations.expectedFailures} expected failures; exit code ${exitCode}`);
console.log(`stand-in: wall ${wallS.toFixed(1)} s; ${writes.length} writes, at most ${maxInWindow(writes, windowMs)} in any ${windowMs} ms window (budget ${budget})`);
if (report.reads) console.log(`stand-in: ${readSummaryText(report.reads)}`);
console.log(`stand-in: ${left} entities left in the stand-in's store; reports in ${reportsDir}`);
process.exitCode = exitCode ?? 1;

/** After the kill: what the run left, then `npm run sweep` with the same settings, against the same stand-in. */
async function sweepAfterKill(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1000)); // creates in flight at the kill land
  const left = fake.store.size();
  console.log(`\nstand-in: killed with SIGKILL after ${killAfterS} s; ${left} entities in the stand-in's store, ${fake.log.filter((line) => line.startsWith('POST /')).length} creates received, ${countOf(readdirSync(fake.journalDir).length, 'run journal')}`);
  const logBefore = fake.log.length;
  const sweepStarted = performance.now();
  const sweep = spawn('npm', ['run', '--silent', 'sweep'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  const sweepCode = await new Promise<number | null>((resolve) => sweep.on('close', resolve));
  const sweepLog = fake.log.slice(logBefore);
  const listings = sweepLog.filter((line) => line.startsWith('GET') && !line.includes('$top=1'));
  console.log(`stand-in: sweep exit ${sweepCode}, ${((performance.now() - sweepStarted) / 1000).toFixed(1)} s; ${sweepLog.filter((line) => line.startsWith('DELETE')).length} DELETEs for ${left} entities; ${listings.length} listings of ${new Set(listings).size} collections`);
  console.log(`stand-in: ${fake.store.size()} entities left in the stand-in's store`);
  await fake.close();
  return sweepCode ?? 1;
}

function maxInWindow(times: readonly number[], window: number): number {
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= window) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
