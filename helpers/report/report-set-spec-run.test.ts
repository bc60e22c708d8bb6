// The report folder always holds one run: a good run, then runs that stop at start, each in a
// child vitest writing to the same REPORTS_DIR. A spec that fails before any path ran (an
// expectations file it cannot use, a refused write) writes a complete set that says so; a
// configuration mistake writes nothing and says the previous set was kept; a run without the
// contract spec leaves its JUnit alone, not beside an older contract report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, runGateSync, testChildEnvironment, VITEST_BIN, type GateRun } from '../testing/child-vitest.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import type { ContractReport } from './contract-report.ts';

const SET = ['contract-report.html', 'contract-report.json', 'contract-report.md', 'junit.xml'];
const TENANT = '11111111-2222-3333-4444-555555555555';

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** The one run every file of the set names (each file carries the run id). */
function runOf(files: Record<string, string>): string {
  expect(Object.keys(files)).toEqual(SET);
  const { runId } = JSON.parse(files['contract-report.json']!) as ContractReport;
  for (const name of SET) expect(files[name], `${name} is not from run ${runId}`).toContain(runId);
  return runId;
}

const output = (run: GateRun) => run.stdout + run.stderr;

test('a run that fails at start never leaves a mix of its files and the previous run\'s', () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-report-set-'));
  const reportsDir = join(work, 'reports');
  const gate = (env: Record<string, string>) => runGateSync({ CONTRACTS_DIR: SEED_CONTRACTS_DIR, REPORTS_DIR: reportsDir, GRAPH_TARGET: 'mock', ...env });

  const good = gate({});
  expect(good.status, output(good)).toBe(0);
  const goodRun = runOf(filesOf(reportsDir));
  expect((JSON.parse(filesOf(reportsDir)['contract-report.json']!) as ContractReport).totals.passed).toBe(7);

  // An expectations file that is not one: the spec stops while it is collected.
  const badExpectations = join(work, 'tenant.json');
  writeFileSync(badExpectations, '{"format": 1, "expectations": {"x": {"/a": {"outcome": "refused"}}}}');
  const refused = gate({ GRAPH_EXPECTATIONS: badExpectations });
  expect(refused.status).toBe(1);
  const afterExpectations = filesOf(reportsDir);
  expect(runOf(afterExpectations)).not.toBe(goodRun);
  const report = JSON.parse(afterExpectations['contract-report.json']!) as ContractReport;
  expect(report.totals.paths).toBe(0);
  expect(report.startErrors?.join('\n')).toContain(badExpectations);
  expect(afterExpectations['contract-report.md']).toContain('**The run failed at start: no contract path ran.**');
  expect(afterExpectations['contract-report.html']).toContain('<title>Contract gate: the run failed at start</title>');
  expect(output(refused)).toContain('The run failed at start, no contract path ran:');

  // A write the guard refuses, before any request: the same, a complete set that says so.
  const guarded = gate({ GRAPH_TARGET: 'tenant', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: TENANT, AZURE_CLIENT_SECRET: 'not-a-secret', GRAPH_ALLOW_WRITES: 'true', GRAPH_ALLOWED_TENANTS: '99999999-2222-3333-4444-555555555555', GRAPH_METADATA: 'off', GRAPH_BASE_URL: 'http://127.0.0.1:9', AZURE_AUTHORITY_HOST: 'http://127.0.0.1:9' });
  expect(guarded.status).toBe(1);
  const afterGuard = filesOf(reportsDir);
  expect(runOf(afterGuard)).not.toBe(report.runId);
  expect((JSON.parse(afterGuard['contract-report.json']!) as ContractReport).startErrors?.join('\n')).toContain('TENANT_WRITE_REFUSED');

  // A configuration mistake stops the run before any reporter exists: nothing is written, and the console says the previous set is kept.
  const misconfigured = gate({ SPEC_CONCURRENCY: 'many' });
  expect(misconfigured.status).not.toBe(0);
  expect(filesOf(reportsDir)).toEqual(afterGuard);
  expect(output(misconfigured)).toContain(`no report written; ${reportsDir}/ still holds the previous run's report set`);

  // A run without the contract spec: its JUnit, and no contract report of an earlier run beside it.
  const unitOnly = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'unit', 'helpers/foundation/path-template.test.ts'], {
    cwd: PROJECT_ROOT,
    env: testChildEnvironment({ CONTRACTS_DIR: SEED_CONTRACTS_DIR, REPORTS_DIR: reportsDir }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(unitOnly.status, unitOnly.stdout + unitOnly.stderr).toBe(0);
  expect(Object.keys(filesOf(reportsDir))).toEqual(['junit.xml']);
}, 240_000);
