// One bad contract file must not stop the others: before, a malformed file ran 0 of 5 good
// contracts, named only the first of 4 bad files, and left yesterday's reports in place.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ContractReport } from '../report/contract-report.ts';
import { runGateSync } from '../testing/child-vitest.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';

// Two shards each read only their own files, so each bad file is named once, by its own shard.
test.each(['1', '2'])('bad contract files are each named with their field and fail the run; the good ones still run (CONTRACT_SHARDS=%s)', (shards) => {
  const work = mkdtempSync(join(tmpdir(), 'gc-unreadable-'));
  const contractsDir = join(work, 'contracts');
  const reportsDir = join(work, 'reports');
  for (const dir of [contractsDir, reportsDir]) mkdirSync(dir, { recursive: true });
  cpSync(SEED_CONTRACTS_DIR, contractsDir, { recursive: true });
  writeFileSync(join(contractsDir, 'broken.json'), '{"contractFormat": 1,');
  const seed = JSON.parse(readFileSync(join(SEED_CONTRACTS_DIR, readdirSync(SEED_CONTRACTS_DIR)[0]!), 'utf8')) as { operation: Record<string, unknown> };
  delete seed.operation.paths;
  writeFileSync(join(contractsDir, 'no-paths.json'), JSON.stringify(seed));
  // Yesterday's green report must not survive next to today's run.
  writeFileSync(join(reportsDir, 'contract-report.json'), '{"stale": true}');
  const child = runGateSync({ CONTRACTS_DIR: contractsDir, REPORTS_DIR: reportsDir, CONTRACT_SHARDS: shards, GRAPH_TARGET: 'mock' });
  expect(child.status, child.stdout + child.stderr).toBe(1);
  const output = child.stdout + child.stderr;
  expect(output).toContain(`contract file ${join(contractsDir, 'broken.json')} is readable`);
  expect(output).toContain(`${join(contractsDir, 'no-paths.json')} > /operation/paths: /operation/paths is missing`);
  const report = JSON.parse(readFileSync(join(reportsDir, 'contract-report.json'), 'utf8')) as ContractReport;
  expect(report.totals.failed + report.totals.error).toBe(0);
  expect(report.totals.passed).toBe(7);
  expect(report.unreadableContracts.map((u) => [u.file.split('/').pop(), u.field]).sort()).toEqual([['broken.json', undefined], ['no-paths.json', '/operation/paths']]);
  expect(readFileSync(join(reportsDir, 'contract-report.md'), 'utf8')).toContain('2 contract files could not be read');
}, 130_000);
