// `graph-contracts build`: doc pages -> contract files, one line per failed page.
import { formatProblem } from '../foundation/diagnostics.ts';
import { buildContracts, writeContracts } from './build-contracts.ts';
import type { CliCommand } from './cli-command.ts';
import { matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';

export const buildCommand: CliCommand = {
  name: 'build',
  usage: 'graph-contracts build <file|dir>... [--out contracts] [--match REGEX] [--verbose]',
  help: `Every .md and .txt page (folders recursively) becomes <out>/<relative path>.json.
Prints one line per failure of a page (FAILED file:line > field: reason [CODE]) and
"built N of M pages". Pages that are not "Create X" pages are skipped and counted.

  --out DIR        where contracts are written (default: contracts)
  --match REGEX    only pages whose relative path matches, e.g. 'intune-.*-create'
  --verbose        also print skipped pages and non-fatal doc defects

Exit codes: 0 every page built, 1 a page failed, 2 usage error.`,
  async run(args, { out }) {
    const { values, positionals } = parseCommandArgs(args, { ...PAGE_OPTIONS, out: { type: 'string', default: 'contracts' } });
    const summary = buildContracts(requireInputs(positionals, 'build'), matchPattern(values.match));
    writeContracts(summary, values.out);
    for (const outcome of summary.outcomes) {
      if (outcome.status === 'failed') {
        // One line per failure, each with its own place, so grep and CI annotations see them all.
        for (const problem of outcome.problems.filter((candidate) => candidate.fatal)) out.write(`FAILED ${formatProblem(problem)}\n`);
      } else if (values.verbose && outcome.status === 'skipped') {
        out.write(`skipped ${outcome.file}: ${outcome.reason}\n`);
      } else if (values.verbose && outcome.status === 'built') {
        for (const problem of outcome.problems) out.write(`defect ${formatProblem(problem)}\n`);
      }
    }
    const total = summary.built + summary.failed;
    const skipped = summary.skipped > 0 ? ` (${summary.skipped} files skipped: not a create page)` : '';
    out.write(`built ${summary.built} of ${total} pages${skipped}\n`);
    return summary.failed > 0 ? 1 : 0;
  },
};
