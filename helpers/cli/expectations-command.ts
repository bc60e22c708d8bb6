// `graph-contracts expectations`: writes the expectations baseline (GRAPH_EXPECTATIONS) from
// the contract-report.json of a run, keeping the reasons people wrote in the existing file.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExpectationsFileError, readExpectationsFile } from '../gate/expectations-file.ts';
import { expectationsFromResults } from '../gate/expectations-from-results.ts';
import { modelFindingsBaseline } from '../gate/model-expectations.ts';
import { OUTCOME_CLASSES } from '../gate/outcome-rules.ts';
import { readReportRows, ReportFileError } from '../report/read-report-rows.ts';
import { countOf } from '../foundation/count-noun.ts';
import { CliUsageError, type CliCommand } from './cli-command.ts';
import { checkOutputFile } from './file-arguments.ts';
import { parseCommandArgs } from './page-arguments.ts';

export const expectationsCommand: CliCommand = {
  name: 'expectations',
  usage: 'graph-contracts expectations <contract-report.json>... --out <file> [--merge]',
  help: `Writes the expectations baseline from the JSON report(s) of a run: every path that did not
pass (skipped paths and errors of the run itself aside) with its class and code, and every
model check finding of severity error (page, code, property) under modelFindings. A reason
already written in <file> is kept while the path's class is unchanged; a new entry starts with
the service's own message.

  --out FILE  the expectations file to write (GRAPH_EXPECTATIONS names it for a run)
  --merge     keep the entries of FILE for contracts these reports do not cover (another shard's),
              and the model findings of pages these reports have none for

Exit codes: 0 written, 2 usage error or an unreadable report or expectations file.`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, merge: { type: 'boolean', default: false } });
    if (positionals.length === 0) throw new CliUsageError('"expectations" expects at least one contract-report.json');
    if (!values.out) throw new CliUsageError('"expectations" needs --out <file>');
    checkOutputFile(values.out, '--out');
    try {
      const reports = positionals.map((file) => readReportRows(file));
      const results = reports.flatMap((report) => report.rows);
      const findings = reports.flatMap((report) => report.modelFindings);
      const previous = existsSync(values.out) ? readExpectationsFile(values.out) : undefined;
      if (values.merge && !previous) throw new CliUsageError(`--merge: ${values.out} does not exist yet (write it once without --merge)`);
      const paths = expectationsFromResults(results, { ...(previous ? { previous } : {}), merge: values.merge });
      const reported = new Set(findings.map((finding) => finding.file));
      const modelFindings = modelFindingsBaseline(findings, previous?.modelFindings, (page) => values.merge && !reported.has(page));
      const file = Object.keys(modelFindings).length > 0 ? { ...paths, modelFindings } : paths;
      const temporary = `${values.out}.${process.pid}.tmp`;
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`);
      renameSync(temporary, values.out);
      const entries = Object.values(file.expectations).flatMap((paths) => Object.values(paths));
      const byClass = OUTCOME_CLASSES.map((c) => [c, entries.filter((e) => e.outcome === c).length] as const).filter(([, n]) => n > 0);
      const modelEntries = Object.values(modelFindings).flat().length;
      out.write(`Wrote ${countOf(entries.length, 'expectation')} to ${values.out}${byClass.length ? ` (${byClass.map(([c, n]) => `${n} ${c}`).join(', ')})` : ''} from ${countOf(results.length, 'path')}${modelEntries ? `, and ${countOf(modelEntries, 'model finding')}` : ''}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof ReportFileError || error instanceof ExpectationsFileError) {
        err.write(`graph-contracts expectations: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
