// The vitest reporter: collects task.meta at the end of a run (or of --merge-reports),
// builds one ContractReport and writes reports/contract-report.{json,md,html}.
// Runs without contract specs (unit only) write nothing.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import type { ContractCheckMeta, ContractRunMeta } from '../gate/path-outcome.ts';
import { buildContractReport } from './contract-report.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

// The step summary is capped (1 MiB); above this many rows only failing ones are listed there.
const STEP_SUMMARY_ROWS = 200;

export default class ContractReporter implements Reporter {
  private readonly outDir: string;

  // vitest passes the reporter's options object (`['./contract-reporter.ts', { outDir }]`).
  constructor(options: { outDir?: string } = {}) {
    this.outDir = options.outDir ?? process.env.REPORTS_DIR ?? 'reports';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const checks: ContractCheckMeta[] = [];
    const runs: ContractRunMeta[] = [];
    for (const module of testModules) {
      const run = module.meta().contractRun;
      if (run) runs.push(run);
      for (const test of module.children.allTests()) {
        const check = test.meta().contractCheck;
        if (check) checks.push(check);
      }
    }
    if (checks.length === 0 && runs.length === 0) return;
    const errors = unhandledErrors.map((e) => (e instanceof Error ? e.message : String(e)));
    const report = buildContractReport(checks, runs, errors, new Date());
    if (report.crossShardDuplicateIds.length > 0) {
      // No test of any one shard failed, so vitest would exit 0: the report fails the run.
      console.error(`contract report: ${report.crossShardDuplicateIds.length} id(s) returned for paths in different shards: ${report.crossShardDuplicateIds.join(', ')}`);
      process.exitCode = 1;
    }
    const markdown = renderMarkdown(report);
    mkdirSync(this.outDir, { recursive: true });
    writeFileSync(join(this.outDir, 'contract-report.json'), JSON.stringify(report, null, 2));
    writeFileSync(join(this.outDir, 'contract-report.md'), markdown);
    writeFileSync(join(this.outDir, 'contract-report.html'), renderHtml(markdown));
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) appendFileSync(summary, renderMarkdown(report, { maxRows: STEP_SUMMARY_ROWS }));
  }
}
