// Scale proof inside `npm test`: the whole shared corpus, built into a temporary folder,
// passes the contract gate against the mock in a child vitest run (as `npm run spec:corpus`).
// Skipped where ../shared/corpus is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCorpusContracts } from '../../bench/corpus-contracts.ts';
import type { ContractReport } from '../report/contract-report.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

const CORPUS = sharedData(['corpus']);

const work = mkdtempSync(join(tmpdir(), 'corpus-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.skipIf(CORPUS.missing)(nameNeeding('every corpus contract passes the gate against the mock', CORPUS), () => {
  const contractsDir = join(work, 'contracts');
  const reportsDir = join(work, 'reports');
  const { written } = buildCorpusContracts(contractsDir, CORPUS.path);
  const vitest = join(import.meta.dirname, '../../node_modules/vitest/vitest.mjs');
  const child = spawnSync(process.execPath, [vitest, 'run', '--project', 'contracts*', '--reporter=dot', '--reporter=./helpers/report/contract-reporter.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, CONTRACTS_DIR: contractsDir, REPORTS_DIR: reportsDir, CONTRACT_SHARDS: '1', CONTRACT: '', GRAPH_TARGET: 'mock', GRAPH_READ: '' },
    encoding: 'utf8',
  });
  expect(child.status, child.stdout.slice(-2000) + child.stderr.slice(-2000)).toBe(0);
  const report = JSON.parse(readFileSync(join(reportsDir, 'contract-report.json'), 'utf8')) as ContractReport;
  expect(written).toBeGreaterThan(1000);
  expect(report.totals.failed + report.totals.error + report.totals.skipped).toBe(0);
  expect(report.totals.paths).toBeGreaterThanOrEqual(written);
  // Every created entity was read back, as created.
  expect(report.checkTotals.read.passed).toBe(report.totals.paths);
  // Rows carry what the HTML and markdown name them by, and the contracts' relaxed constraints.
  expect(report.rows.filter((row) => !row.dialect)).toEqual([]);
  expect(report.rows.filter((row) => row.relaxed?.length).length).toBeGreaterThan(0);
}, 180_000);
