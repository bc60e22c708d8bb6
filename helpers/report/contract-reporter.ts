// The vitest reporter that writes a run's report files (run-report-writer.ts): JUnit for CI
// and the contract report (JSON, markdown, HTML) built from task.meta.
// The writer and its ~40 modules (renderers, report model, configuration) go through vitest's
// module runner in the main process, which also serves every module the workers import.
// Loaded at start-up they held the first worker back by ~0.45 s; loaded once the first test
// module is collected, they load while the main process waits for results.
import type { Reporter, TestModule } from 'vitest/node';
import type { ContractReporterOptions, RunReportWriter } from './run-report-writer.ts';

export type { ContractReporterOptions } from './run-report-writer.ts';

export default class ContractReporter implements Reporter {
  private writer: Promise<RunReportWriter> | undefined;

  // vitest passes the reporter's options object (`['./contract-reporter.ts', { ... }]`); a
  // reporter named on the command line (`--reporter=...`) gets none and resolves its own.
  constructor(private readonly options: ContractReporterOptions = {}) {}

  onTestModuleCollected(): void {
    this.loadWriter().catch(() => undefined); // a failure surfaces in onTestRunEnd
  }

  async onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): Promise<void> {
    (await this.loadWriter()).write(testModules, unhandledErrors);
  }

  private loadWriter(): Promise<RunReportWriter> {
    this.writer ??= import('./run-report-writer.ts').then((module) => module.createRunReportWriter(this.options));
    return this.writer;
  }
}
