// What the contract reporter does at the end of a run: every report file of the run, written
// as one set (report-files.ts), each naming the run it belongs to: JUnit for CI (every run) and
// the contract report (JSON, markdown, HTML) built from task.meta (runs with contract specs).
// A contract spec that stopped before any path ran (a bad GRAPH_EXPECTATIONS file, a refused
// write) still gets its complete set, saying the run failed at start; a run without contract
// specs removes the previous run's contract report, so the folder never holds a mix.
// Everything it writes passes through the run's redactor first. contract-reporter.ts loads this
// module in the background while the tests run.
import { countOf } from '../foundation/count-noun.ts';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { TestModule } from 'vitest/node';
import { loadEnv } from '../config/load-env.ts';
import { resolveRunConfig, type RunConfig } from '../config/run-config.ts';
import { configuredSecrets } from '../config/run-context.ts';
import { SecretRedactor } from '../foundation/redact-secrets.ts';
import { isContractProject } from '../gate/contract-projects.ts';
import type { ContractCheckMeta, ContractRunMeta } from '../gate/path-outcome.ts';
import { buildContractReport } from './contract-report.ts';
import { renderJUnit, toJUnitFile } from './junit-reporter.ts';
import { commitReportFiles, type ReportFile } from './report-files.ts';
import { renderHtml } from './render-html.ts';
import { renderConsoleSummary } from './render-console.ts';
import { renderMarkdown } from './render-markdown.ts';
import { loadReportInputs } from './report-inputs.ts';
import { writeRunRecordings } from './write-run-recordings.ts';
import { recordingLines } from './replay-text.ts';

// The step summary is capped (1 MiB); above this many rows only failing ones are listed there.
const STEP_SUMMARY_ROWS = 200;

/** Every file a run may write to REPORTS_DIR: one commit replaces them all. */
export const REPORT_SET = ['junit.xml', 'contract-report.json', 'contract-report.md', 'contract-report.html'] as const;

export interface ContractReporterOptions {
  /** The run's configuration (vitest.config.ts passes it); resolved from the environment when absent. */
  runConfig?: RunConfig;
  /** Names the run in every report file; a new one for each run when absent. */
  runId?: string;
  /** Also write junit.xml in the same set. */
  junit?: boolean;
  /** Overrides runConfig.reportsDir (tests). */
  outDir?: string;
  /** Where the console summary and the run's problems go; standard output and error by default (tests collect them). */
  print?: { out: (text: string) => void; error: (text: string) => void };
}

export interface RunReportWriter {
  write(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void;
}

export function createRunReportWriter(options: ContractReporterOptions = {}): RunReportWriter {
  const config = options.runConfig ?? resolveRunConfig(loadEnv());
  const outDir = options.outDir ?? config.reportsDir;
  const junit = options.junit ?? false;
  const redactor = new SecretRedactor(configuredSecrets(config));
  const print = options.print ?? { out: (text: string) => process.stdout.write(text), error: (text: string) => console.error(text) };
  return { write: (testModules, unhandledErrors) => writeRunReports({ config, outDir, runId: options.runId, junit, redactor, print }, testModules, unhandledErrors) };
}

interface WriterSettings {
  config: RunConfig;
  outDir: string;
  runId: string | undefined;
  junit: boolean;
  redactor: SecretRedactor;
  print: NonNullable<ContractReporterOptions['print']>;
}

function writeRunReports(settings: WriterSettings, testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
  const { config, redactor, print } = settings;
  const files: ReportFile[] = [];
  const now = new Date();
  const runId = settings.runId ?? `${now.toISOString().replace(/[:.]/g, '')}-${randomUUID().slice(0, 8)}`;
  if (settings.junit) {
    const suites = redactor.redactDeep(testModules.map(toJUnitFile));
    files.push({ name: 'junit.xml', content: redactor.redact(renderJUnit(suites, `graph-contracts run ${runId}`, now, hostname())) });
  }
  const checks: ContractCheckMeta[] = [];
  const runs: ContractRunMeta[] = [];
  const startErrors: string[] = [];
  let specRan = false;
  for (const module of testModules) {
    const run = module.meta().contractRun;
    if (run) runs.push(run);
    if (isContractProject(module.project.name)) {
      specRan = true;
      // The spec throws while it is collected (before its afterAll exists): no contractRun.
      if (!run) startErrors.push(...module.errors().map((error) => `${error.message}${typeof error.code === 'string' ? ` [${error.code}]` : ''}`));
    }
    for (const test of module.children.allTests()) {
      const check = test.meta().contractCheck;
      if (check) checks.push(check);
    }
  }
  if (checks.length > 0 || runs.length > 0 || specRan) {
    const errors = unhandledErrors.map((e) => (e instanceof Error ? e.message : String(e)));
    const { inputs, problems } = loadReportInputs(config);
    const recorded = writeRunRecordings(config, runs, runId, now);
    const built = buildContractReport(checks, runs, errors, now, runId, inputs);
    const report = redactor.redactDeep({ ...built, ...(startErrors.length > 0 ? { startErrors } : {}), ...(recorded ? { recorded } : {}) });
    if (report.crossShardDuplicateIds.length > 0) {
      // No test of any one shard failed, so vitest would exit 0: the report fails the run.
      print.error(`contract report: ${countOf(report.crossShardDuplicateIds.length, 'id')} returned for paths in different shards: ${report.crossShardDuplicateIds.join(', ')}`);
      process.exitCode = 1;
    }
    print.out(renderConsoleSummary(report));
    if (recorded) {
      print.out(`${recordingLines(recorded).join('\n')}\n`);
      // A file refused for holding a secret: something new echoes one, and the run says so.
      if (recorded.problems.some((problem) => problem.includes('[RECORDING_SECRET]'))) process.exitCode = 1;
    }
    // The rows decide against the baseline, also where no test failed: a path listed as
    // failing that is now skipped, a fixed one under GRAPH_EXPECTATIONS_STRICT.
    for (const problem of problems) print.error(`contract report: ${problem}`);
    if (report.expectations.exitCode === 1 || problems.length > 0) process.exitCode = 1;
    const markdown = renderMarkdown(report);
    files.push(
      { name: 'contract-report.json', content: `${JSON.stringify(report, null, 2)}\n` },
      { name: 'contract-report.md', content: markdown },
      { name: 'contract-report.html', content: renderHtml(report) },
    );
    if (config.stepSummaryFile) appendFileSync(config.stepSummaryFile, renderMarkdown(report, { maxRows: STEP_SUMMARY_ROWS }));
  }
  if (files.length > 0) commitReportFiles(settings.outDir, files, { replaces: REPORT_SET });
}
