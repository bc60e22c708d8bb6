// One run context per process, proven end to end: values from a .env file (here named by
// GRAPH_ENV_FILE) reach vitest.config.ts, the spec workers and the reporter. The file is
// .env.example as a new user copies it (empty values mean defaults: once, an empty
// SPEC_CONCURRENCY hung every path), with REPORTS_DIR and CONTRACT set.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT as ROOT, runGateSync } from '../testing/child-vitest.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import type { ContractReport } from './contract-report.ts';

test('REPORTS_DIR and CONTRACT from the .env file reach the reporter and the spec', () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-env-file-'));
  const reportsDir = join(work, 'reports-from-env');
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
  writeFileSync(join(work, '.env'), `${example}\nREPORTS_DIR=${reportsDir}\nCONTRACT=managedAppLogCollectionRequest\n`);
  const child = runGateSync({ GRAPH_ENV_FILE: join(work, '.env'), GRAPH_TARGET: 'mock', CONTRACTS_DIR: SEED_CONTRACTS_DIR });
  expect(child.status, child.stdout + child.stderr).toBe(0);
  expect(readdirSync(reportsDir).sort()).toEqual(['contract-report.html', 'contract-report.json', 'contract-report.md', 'junit.xml']);
  const report = JSON.parse(readFileSync(join(reportsDir, 'contract-report.json'), 'utf8')) as ContractReport;
  expect(new Set(report.rows.map((row) => row.resource))).toEqual(new Set(['managedAppLogCollectionRequest']));
  // Every file of the set names the same run.
  for (const name of ['contract-report.md', 'contract-report.html', 'junit.xml']) expect(readFileSync(join(reportsDir, name), 'utf8')).toContain(report.runId);
}, 130_000);
