// The reporter as vitest drives it at the end of a merged run: it writes the reports and, when
// two shards answered the same id, fails the run (no single shard's test could).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { TaskMeta } from 'vitest';
import type { TestModule } from 'vitest/node';
import type { ContractCheckMeta, ContractRunMeta } from '../gate/path-outcome.ts';
import ContractReporter from './contract-reporter.ts';
import type { ContractReport } from './contract-report.ts';

/** The two methods of a TestModule the reporter reads, for one shard's file. */
function shardModule(shard: string, contract: string, createdId: string): TestModule {
  const identity = { contract, resource: 'widget', apiVersion: 'beta', pathTemplate: '/widgets' };
  const check: ContractCheckMeta = { identity, check: 'id', outcome: 'passed', result: { check: 'id', ok: true, failures: [] }, status: 201, retries: [], createdId };
  const run: ContractRunMeta = { target: 'mock', contracts: 1, shard, cleanup: { deleted: 0, leftovers: [] } };
  const fake = {
    meta: (): TaskMeta => ({ contractRun: run }),
    children: { *allTests() { yield { meta: (): TaskMeta => ({ contractCheck: check }) }; } },
  };
  return fake as unknown as TestModule;
}

describe('ContractReporter', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'contract-reporter-'));
  const exitCodeBefore = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCodeBefore;
    vi.restoreAllMocks();
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the same id from two shards fails the merged run and the report says where', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    new ContractReporter({ outDir }).onTestRunEnd([shardModule('1/2', 'widget-a', 'id-1'), shardModule('2/2', 'widget-b', 'id-1')], []);
    expect(process.exitCode).toBe(1);
    expect(error.mock.calls[0]?.[0]).toContain('id-1');
    const report = JSON.parse(readFileSync(join(outDir, 'contract-report.json'), 'utf8')) as ContractReport;
    expect(report.rows.map((row) => [row.contract, row.verdict])).toEqual([['widget-a', 'passed'], ['widget-b', 'failed']]);
  });

  test('distinct ids leave the exit code to vitest', () => {
    new ContractReporter({ outDir }).onTestRunEnd([shardModule('1/2', 'widget-a', 'id-1'), shardModule('2/2', 'widget-b', 'id-2')], []);
    expect(process.exitCode).toBe(exitCodeBefore);
  });
});
