// `graph-contracts sync`: the docs-sync job without GitHub. Builds today's pages, diffs them
// against the committed contracts, writes the markdown changelog (breaking first, a pull-request
// body at any scale) and the full one, runs the gate against the mock on the new contracts, and
// with --write replaces the committed ones. What was removed links to the page at the docs commit
// the committed contracts record; what is new, at --docs-commit, which the new contracts record.
// .github/workflows/docs-sync.yml runs it and opens the pull request.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffContractSets, type ContractDiff, type NamedContractVersion } from '../diff/diff-sets.ts';
import { countOf } from '../foundation/count-noun.ts';
import { formatProblem } from '../foundation/diagnostics.ts';
import { ExpectationsFileError, readExpectationsFile } from '../gate/expectations-file.ts';
import { formatUnreadable } from '../gate/load-contracts.ts';
import { markdownCode } from '../report/markdown-text.ts';
import { buildContracts, buildSummaryLine, requireCreatePages, writeContracts, type BuildSummary } from './build-contracts.ts';
import { childEnvironment, PROJECT_ROOT, VITEST_BIN } from './child-gate.ts';
import { CliUsageError, type CliCommand, type CliIo } from './cli-command.ts';
import { checkContractsArgument } from './contracts-argument.ts';
import { readSide } from './diff-command.ts';
import { renderDiff, summaryLine } from './diff-output.ts';
import { checkInputFile, checkOutputFile, writeOutputFile } from './file-arguments.ts';
import { docsBaseUrlArgument, docsCommitArgument, matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';


export const syncCommand: CliCommand = {
  name: 'sync',
  usage: 'graph-contracts sync <pages dir>... --contracts DIR [--match REGEX] [--docs-commit SHA] [--changelog FILE] [--changelog-full FILE] [--changelog-full-url URL] [--expectations FILE] [--docs-base-url URL] [--github-output FILE] [--no-gate] [--write]',
  help: `Keeps committed contracts current with the docs: builds the pages in memory, diffs them
against the contracts in --contracts (the rules of "graph-contracts diff"; contracts of pages
that did not build are not counted as removed), writes the markdown changelog, and runs the
contract gate against the mock on the new contracts.

  --contracts DIR     the committed contracts (required)
  --match REGEX       only pages (and committed contracts of pages) whose relative path matches
  --docs-commit SHA   the docs repository commit the pages are at, recorded in the new contracts
  --changelog FILE    write the markdown changelog there: a pull request body, under 60,000
                      characters at any scale (informational changes counted per rule)
  --changelog-full F  write the full changelog there: every change on its own line
  --changelog-full-url U  where readers of the body find the full changelog (the workflow run
                      that uploads it); the body links it
  --expectations FILE the tenant expectations: a contract listed there that changes in a
                      breaking way is flagged in the changelog as a possibly stale expectation
  --docs-base-url U   link each change to <U><page>#L<line>; {commit} in U stands for the docs
                      commit of the page version linked: --docs-commit for what is new or
                      changed, the committed contracts' own for what was removed
  --github-output F   append changed=, breaking= and summary= lines (GitHub Actions step outputs)
  --no-gate           do not run the gate
  --write             replace the contracts in --contracts with the new ones (after the gate passed)

Exit codes: 0 the new contracts pass the gate (changes or not), 1 the gate failed (nothing
written), 2 usage error (a missing input, no page, a --match that selects none, no create page,
--contracts a file or a folder of doc pages, --expectations missing or invalid; each named) or
unreadable committed contracts. A --contracts folder that does not exist yet is the first sync: every contract is new.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...PAGE_OPTIONS,
      contracts: { type: 'string' },
      'docs-commit': { type: 'string' },
      changelog: { type: 'string' },
      'changelog-full': { type: 'string' },
      'changelog-full-url': { type: 'string' },
      expectations: { type: 'string' },
      'docs-base-url': { type: 'string' },
      'github-output': { type: 'string' },
      'no-gate': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    });
    const inputs = requireInputs(positionals, 'sync');
    if (!values.contracts) throw new CliUsageError('"sync" needs --contracts DIR: the committed contracts to compare with');
    const match = matchPattern(values.match);
    checkContractsArgument(values.contracts, { label: '--contracts', missingAllowed: true, emptyAllowed: true });
    checkOutputFile(values.changelog, '--changelog');
    checkOutputFile(values['changelog-full'], '--changelog-full');
    checkOutputFile(values['github-output'], '--github-output');
    checkInputFile(values.expectations, '--expectations', 'the tenant expectations file (GRAPH_EXPECTATIONS of the tenant run, e.g. expectations/tenant.json)');
    const summary = buildContracts(inputs, match, [], docsCommitArgument(values['docs-commit']));
    requireCreatePages(summary, inputs);
    const fresh = builtContracts(summary);
    const committed = existsSync(values.contracts) ? readSide(values.contracts) : { contracts: [], unreadable: [] };
    if (committed.unreadable.length > 0) {
      for (const entry of committed.unreadable) io.err.write(`graph-contracts sync: ${formatUnreadable(entry)}\n`);
      return 2;
    }
    const notBuilt = new Set(summary.outcomes.filter((outcome) => outcome.status === 'failed').map((outcome) => outcome.file));
    const old = committed.contracts.filter(({ contract }) => (!match || match.test(contract.source.file)) && !notBuilt.has(contract.source.file));
    const diff = diffContractSets(old, fresh);
    let stale: Set<string>;
    try {
      stale = staleExpectations(diff, values.expectations);
    } catch (error) {
      if (!(error instanceof ExpectationsFileError)) throw error;
      io.err.write(`graph-contracts sync: --expectations ${error.message}\n`);
      return 2;
    }
    const docsBaseUrl = docsBaseUrlArgument(values['docs-base-url']);
    const common = { ...(docsBaseUrl ? { docsBaseUrl } : {}), staleExpectations: stale, notBuilt: notBuiltLines(summary) };
    const fullFile = values['changelog-full'];
    const fullUrl = values['changelog-full-url'];
    if (fullFile) writeOutputFile(fullFile, renderDiff(diff, 'markdown', { ...common, full: true }));
    const fullChangelog = { ...(fullFile ? { file: fullFile } : {}), ...(fullUrl ? { url: fullUrl } : {}) };
    if (values.changelog) writeOutputFile(values.changelog, renderDiff(diff, 'markdown', { ...common, fullChangelog }));
    io.out.write(`${summaryLine(diff)}\n`);
    io.out.write(`${buildSummaryLine(summary, values.changelog ? `listed in ${values.changelog}` : '--changelog lists them')}\n`);
    if (stale.size > 0) io.out.write(`${countOf(stale.size, 'contract')} with a tenant expectation changed in a breaking way: their expectations may be stale\n`);
    const gate = values['no-gate'] ? 'skipped' : runGate(summary, io);
    if (values['github-output']) {
      const breaking = diff.counts.bySeverity.breaking > 0;
      appendFileSync(values['github-output'], `changed=${diff.changes.length > 0}\nbreaking=${breaking}\nsummary=${summaryLine(diff)}\n`);
    }
    if (gate === 'failed') {
      io.err.write('graph-contracts sync: the new contracts fail the gate against the mock; nothing written\n');
      return 1;
    }
    if (values.write) {
      replaceContracts(values.contracts, old, summary);
      io.out.write(`${values.contracts}: ${countOf(summary.built, 'contract')} written\n`);
    }
    return 0;
  },
};

function builtContracts(summary: BuildSummary): NamedContractVersion[] {
  return summary.outcomes.flatMap((outcome) => (outcome.status === 'built' ? outcome.contracts.map(({ name, contract }) => ({ name, contract })) : []));
}

/** Contracts listed in the expectations file that changed in a breaking way. */
function staleExpectations(diff: ContractDiff, file: string | undefined): Set<string> {
  if (!file) return new Set();
  const listed = Object.keys(readExpectationsFile(file).expectations);
  const breaking = new Set(diff.changes.filter((change) => change.severity === 'breaking').map((change) => change.contract));
  return new Set(listed.filter((name) => breaking.has(name)));
}

/** One markdown line per fatal problem of a page that did not build. */
function notBuiltLines(summary: BuildSummary): string[] {
  return summary.outcomes.flatMap((outcome) => (outcome.status === 'failed' ? outcome.problems.filter((problem) => problem.fatal).map((problem) => `- ${markdownCode(formatProblem(problem))}`) : []));
}

/** The gate against the mock over the new contracts, in a child vitest, as `npm run spec` runs it. */
function runGate(summary: BuildSummary, io: CliIo): 'passed' | 'failed' {
  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-sync-'));
  try {
    writeContracts(summary, join(work, 'contracts'));
    const env = childEnvironment({ GRAPH_TARGET: 'mock', CONTRACTS_DIR: join(work, 'contracts'), REPORTS_DIR: join(work, 'reports') });
    const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts*'], { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const paths = /Contract paths: .*/.exec(child.stdout ?? '')?.[0] ?? 'no contract paths line';
    io.out.write(`gate against the mock: ${child.status === 0 ? 'passed' : 'FAILED'} (${paths})\n`);
    return child.status === 0 ? 'passed' : 'failed';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The committed folder gets the new contracts; files of contracts that are gone are removed. */
function replaceContracts(dir: string, old: readonly NamedContractVersion[], summary: BuildSummary): void {
  const fresh = new Set(builtContracts(summary).map((entry) => entry.name));
  for (const { name } of old) if (!fresh.has(name)) rmSync(join(dir, `${name}.json`), { force: true });
  writeContracts(summary, dir);
}
