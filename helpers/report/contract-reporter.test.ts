// The reporter as vitest drives it at the end of a merged run: it writes the reports and, when
// two shards answered the same id, fails the run (no single shard's test could).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { TaskMeta } from 'vitest';
import type { TestModule } from 'vitest/node';
import { DEFAULT_RUN_CONFIG } from '../config/run-config.ts';
import type { ClassifiedOutcome } from '../gate/classify-outcome.ts';
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

/** What a reporter printed; a test prints nothing into the output of the run that runs it. */
function printed() {
  const lines = { out: [] as string[], error: [] as string[] };
  return { lines, print: { out: (text: string) => void lines.out.push(text), error: (text: string) => void lines.error.push(text) } };
}

describe('ContractReporter', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'contract-reporter-'));
  const exitCodeBefore = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCodeBefore;
    vi.restoreAllMocks();
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the same id from two shards fails the merged run and the report says where', async () => {
    const { lines, print } = printed();
    await new ContractReporter({ outDir, print }).onTestRunEnd([shardModule('1/2', 'widget-a', 'id-1'), shardModule('2/2', 'widget-b', 'id-1')], []);
    expect(process.exitCode).toBe(1);
    expect(lines.error[0]).toContain('id-1');
    expect(lines.out.join('')).toContain('contract-broken, not as expected (1):\n    widget-b /widgets [ID_DUPLICATE]');
    const report = JSON.parse(readFileSync(join(outDir, 'contract-report.json'), 'utf8')) as ContractReport;
    expect(report.rows.map((row) => [row.contract, row.verdict])).toEqual([['widget-a', 'passed'], ['widget-b', 'failed']]);
  });

  test('distinct ids leave the exit code to vitest', async () => {
    const { lines, print } = printed();
    await new ContractReporter({ outDir, print }).onTestRunEnd([shardModule('1/2', 'widget-a', 'id-1'), shardModule('2/2', 'widget-b', 'id-2')], []);
    expect(process.exitCode).toBe(exitCodeBefore);
    expect(lines.out.join('')).toContain('Contract paths: 2 (passed 2)');
  });

  describe('the exit code from the expectations baseline', () => {
    const identity = { contract: 'widget-a', resource: 'widget', apiVersion: 'beta', pathTemplate: '/widgets' };
    const moduleWith = (classified: ClassifiedOutcome, outcome: ContractCheckMeta['outcome']): TestModule => {
      const check: ContractCheckMeta = { identity, check: 'status', outcome, classified, retries: [] };
      const run: ContractRunMeta = { target: 'tenant', contracts: 1, cleanup: { deleted: 0, leftovers: [] } };
      return { meta: (): TaskMeta => ({ contractRun: run }), children: { *allTests() { yield { meta: (): TaskMeta => ({ contractCheck: check }) }; } } } as unknown as TestModule;
    };
    const baseline = join(outDir, 'tenant.json');
    writeFileSync(baseline, JSON.stringify({ format: 1, expectations: { 'widget-a': { '/widgets': { outcome: 'example-refused', code: 'BadRequest' } } } }));
    const reporter = (extra: Partial<typeof DEFAULT_RUN_CONFIG>, print = printed().print) => new ContractReporter({ outDir, print, runConfig: { ...DEFAULT_RUN_CONFIG, expectationsFile: baseline, ...extra } });
    const refused: ClassifiedOutcome = { outcome: 'example-refused', rule: 'example-refused', code: 'BadRequest' };
    const passed: ClassifiedOutcome = { outcome: 'passed', rule: 'created-as-documented' };

    test.each<[string, ClassifiedOutcome, ContractCheckMeta['outcome'], Partial<typeof DEFAULT_RUN_CONFIG>, number | undefined]>([
      ['a listed refusal leaves it to vitest', refused, 'failed', {}, undefined],
      ['a listed refusal that is now skipped fails the run, though no test failed', { outcome: 'skipped', rule: 'gated-before-send' }, 'skipped', {}, 1],
      ['a fixed path leaves it to vitest', passed, 'passed', {}, undefined],
      ['a fixed path fails the run when strict', passed, 'passed', { expectationsStrict: true }, 1],
    ])('%s', async (_name, classified, outcome, extra, exitCode) => {
      await reporter(extra).onTestRunEnd([moduleWith(classified, outcome)], []);
      expect(process.exitCode).toBe(exitCode ?? exitCodeBefore);
    });

    test('an unusable baseline fails the run, naming the file and field', async () => {
      const { lines, print } = printed();
      const broken = join(outDir, 'broken.json');
      writeFileSync(broken, JSON.stringify({ format: 1, expectations: { 'widget-a': { '/widgets': { outcome: 'refused' } } } }));
      await reporter({ expectationsFile: broken }, print).onTestRunEnd([moduleWith(passed, 'passed')], []);
      expect(process.exitCode).toBe(1);
      expect(lines.error[0]).toContain(`${broken}: not a usable expectations file`);
      expect(lines.error[0]).toContain('widget-a > /widgets > outcome');
    });
  });
});
