// Reads what a report is judged against: the expectations baseline (GRAPH_EXPECTATIONS) and
// the previous run's report (GRAPH_PREVIOUS_REPORT). A baseline that cannot be used is a
// problem that fails the run (the spec has already refused to start with it); a previous
// report that is missing (the first run) or unusable only leaves the comparison out, with a
// note saying why.
import { existsSync } from 'node:fs';
import type { RunConfig } from '../config/run-config.ts';
import { readExpectationsFile } from '../gate/expectations-file.ts';
import type { ReportInputs } from './contract-report.ts';
import { readReportRows } from './read-report-rows.ts';

export function loadReportInputs(config: Pick<RunConfig, 'expectationsFile' | 'expectationsStrict' | 'previousReportFile' | 'docsBaseUrl'>): { inputs: ReportInputs; problems: string[] } {
  const inputs: ReportInputs = { strict: config.expectationsStrict };
  const problems: string[] = [];
  if (config.docsBaseUrl) inputs.docsBaseUrl = config.docsBaseUrl;
  if (config.expectationsFile) {
    inputs.expectationsFile = config.expectationsFile;
    try {
      inputs.expectations = readExpectationsFile(config.expectationsFile);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const previous = config.previousReportFile;
  if (previous && !existsSync(previous)) {
    inputs.previousNote = `No previous report at ${previous} (GRAPH_PREVIOUS_REPORT): nothing to compare with.`;
  } else if (previous) {
    try {
      inputs.previous = readReportRows(previous);
    } catch (error) {
      inputs.previousNote = `Not compared with the previous run: ${(error as Error).message}`;
    }
  }
  return { inputs, problems };
}
