import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContracts, writeContracts, type BuildSummary } from './build-command.ts';
import { PageInputError } from './collect-pages.ts';
import { formatProblem } from '../parse/page-problems.ts';
import { contractFileName, contractJson } from '../contract/contract-json.ts';

const HELP = `graph-contracts: Microsoft Graph doc pages -> JSON Schema contracts

Usage:
  graph-contracts build <file|dir>... [--out contracts] [--match REGEX] [--verbose]
  graph-contracts check <file|dir>... [--contracts contracts] [--match REGEX]

build   Every .md and .txt page (folders recursively) becomes <out>/<relative path>.json.
        Prints one line per page that failed (file:line > field: reason [CODE]) and
        "built N of M pages". Pages that are not "Create X" pages are skipped and counted.
check   Rebuilds in memory and names every contract that differs from the one on disk.

Options:
  --out DIR        where build writes contracts (default: contracts)
  --contracts DIR  where check reads contracts (default: contracts)
  --match REGEX    only pages whose relative path matches, e.g. 'intune-.*-create'
  --verbose        also print skipped pages and non-fatal doc defects
  -h, --help       this text

Exit codes: 0 all built / no drift, 1 a page failed / drift found, 2 usage error.
`;

export function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'contracts' },
        contracts: { type: 'string', default: 'contracts' },
        match: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err.write(`graph-contracts: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.help) {
    out.write(HELP);
    return 0;
  }
  if ((command !== 'build' && command !== 'check') || inputs.length === 0) {
    err.write(`graph-contracts: expected "build" or "check" followed by at least one file or folder\n\n${HELP}`);
    return 2;
  }
  let match: RegExp | undefined;
  try {
    match = values.match ? new RegExp(values.match) : undefined;
  } catch (error) {
    err.write(`graph-contracts: --match "${values.match}" is not a regular expression (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  let summary: BuildSummary;
  try {
    summary = buildContracts(inputs, match);
  } catch (error) {
    if (error instanceof PageInputError) {
      err.write(`graph-contracts: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return command === 'build' ? build(summary, values.out, values.verbose, out) : check(summary, values.contracts, out);
}

function build(summary: BuildSummary, outDir: string, verbose: boolean, out: NodeJS.WritableStream): number {
  writeContracts(summary, outDir);
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed') {
      const fatal = outcome.problems.filter((problem) => problem.fatal);
      out.write(`FAILED ${fatal.map(formatProblem).join('\n       ')}\n`);
    } else if (verbose && outcome.status === 'skipped') {
      out.write(`skipped ${outcome.file}: ${outcome.reason}\n`);
    } else if (verbose && outcome.status === 'built') {
      for (const problem of outcome.problems) out.write(`defect ${formatProblem(problem)}\n`);
    }
  }
  const total = summary.built + summary.failed;
  const skipped = summary.skipped > 0 ? ` (${summary.skipped} files skipped: not a create page)` : '';
  out.write(`built ${summary.built} of ${total} pages${skipped}\n`);
  return summary.failed > 0 ? 1 : 0;
}

function check(summary: BuildSummary, contractsDir: string, out: NodeJS.WritableStream): number {
  let drift = 0;
  for (const outcome of summary.outcomes) {
    if (outcome.status !== 'built') continue;
    const path = join(contractsDir, contractFileName(outcome.file));
    const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (onDisk === contractJson(outcome.contract)) continue;
    drift++;
    out.write(`${onDisk === undefined ? 'MISSING' : 'DIFFERS'} ${path} (from ${outcome.file})\n`);
  }
  out.write(drift === 0 ? `${summary.built} contracts match their pages\n` : `${drift} of ${summary.built} contracts drifted: run "graph-contracts build ... --out ${contractsDir}"\n`);
  return drift > 0 ? 1 : 0;
}
