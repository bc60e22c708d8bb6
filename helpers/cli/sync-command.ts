// `graph-contracts sync`: the docs-sync job without GitHub. Builds today's pages, diffs them
// against the committed contracts, writes the markdown changelog (breaking first, a pull-request
// body at any scale) and the full one, runs the gate against the mock on the new contracts, and
// with --write replaces the committed ones. What was removed links to the page at the docs commit
// the committed contracts record; what is new, at --docs-commit, which the new contracts record.
// .github/workflows/docs-sync.yml runs it and opens the pull request.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
import { contradictionsSection, generatedFailures, recordedContradictions, type Contradiction } from './recorded-contradictions.ts';
import type { ContractReport } from '../report/contract-report.ts';
import { PR_BODY_BUDGET } from './changelog-markdown.ts';


/** The share of the pull-request body the recorded service's contradictions may take; the changelog has the rest. */
const CONTRADICTIONS_BUDGET = 20_000;

export const syncCommand: CliCommand = {
  name: 'sync',
  usage: 'graph-contracts sync <pages dir>... --contracts DIR [--match REGEX] [--docs-commit SHA] [--changelog FILE] [--changelog-full FILE] [--changelog-full-url URL] [--expectations FILE] [--recordings DIR] [--docs-base-url URL] [--github-output FILE] [--no-gate] [--write]',
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
  --recordings DIR    judge the new contracts against the answers a tenant run recorded there
                      (GRAPH_TARGET=replay, with --expectations as the baseline): the changelog
                      lists first the contracts the recorded service contradicts; paths with no
                      recording are judged against the mock as without it
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
      recordings: { type: 'string' },
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
    if (values.recordings !== undefined && !existsSync(values.recordings)) throw new CliUsageError(`--recordings ${values.recordings}: no such folder (the recordings a tenant run wrote with GRAPH_RECORD, e.g. recordings)`);
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
    io.out.write(`${summaryLine(diff)}\n`);
    io.out.write(`${buildSummaryLine(summary, values.changelog ? `listed in ${values.changelog}` : '--changelog lists them')}\n`);
    if (stale.size > 0) io.out.write(`${countOf(stale.size, 'contract')} with a tenant expectation changed in a breaking way: their expectations may be stale\n`);
    const replay = values.recordings ? { dir: values.recordings, ...(values.expectations ? { expectations: values.expectations } : {}) } : undefined;
    const { gate, contradictions } = values['no-gate'] ? { gate: 'skipped' as const, contradictions: [] } : runGate(summary, io, replay, droppedProperties(diff));
    // What the recorded service contradicts comes first, within the pull-request body's budget.
    const contradicted = replay ? contradictionsSection(contradictions, replay.dir, CONTRADICTIONS_BUDGET) : '';
    const docsBaseUrl = docsBaseUrlArgument(values['docs-base-url']);
    const common = { ...(docsBaseUrl ? { docsBaseUrl } : {}), staleExpectations: stale, notBuilt: notBuiltLines(summary) };
    const fullFile = values['changelog-full'];
    const fullUrl = values['changelog-full-url'];
    if (fullFile) writeOutputFile(fullFile, contradictionsSection(contradictions, replay?.dir ?? '') + renderDiff(diff, 'markdown', { ...common, full: true }));
    const fullChangelog = { ...(fullFile ? { file: fullFile } : {}), ...(fullUrl ? { url: fullUrl } : {}) };
    if (values.changelog) writeOutputFile(values.changelog, contradicted + renderDiff(diff, 'markdown', { ...common, fullChangelog, budget: PR_BODY_BUDGET - contradicted.length }));
    if (values['github-output']) {
      const breaking = diff.counts.bySeverity.breaking > 0;
      appendFileSync(values['github-output'], `changed=${diff.changes.length > 0}\nbreaking=${breaking}\nsummary=${summaryLine(diff)}\n${replay ? `contradicted=${new Set(contradictions.map((c) => c.contract)).size}\n` : ''}`);
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

/**
 * The gate over the new contracts, in a child vitest, as `npm run spec` runs it: against the
 * mock, or (`replay`) against the recorded answers, where a contradiction of the recorded
 * service is reported, not a failure of the gate.
 */
function runGate(summary: BuildSummary, io: CliIo, replay?: { dir: string; expectations?: string }, dropped: ReadonlyMap<string, ReadonlySet<string>> = new Map()): { gate: 'passed' | 'failed'; contradictions: Contradiction[] } {
  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-sync-'));
  try {
    writeContracts(summary, join(work, 'contracts'));
    const target = replay ? { GRAPH_TARGET: 'replay', RECORDINGS_DIR: resolve(replay.dir), ...(replay.expectations ? { GRAPH_EXPECTATIONS: resolve(replay.expectations) } : {}) } : { GRAPH_TARGET: 'mock' };
    const env = childEnvironment({ ...target, CONTRACTS_DIR: join(work, 'contracts'), REPORTS_DIR: join(work, 'reports') });
    const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts*'], { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const paths = /Contract paths: .*/.exec(child.stdout ?? '')?.[0] ?? 'no contract paths line';
    if (!replay) {
      io.out.write(`gate against the mock: ${child.status === 0 ? 'passed' : 'FAILED'} (${paths})\n`);
      return { gate: child.status === 0 ? 'passed' : 'failed', contradictions: [] };
    }
    const report = readReport(join(work, 'reports', 'contract-report.json'));
    const contradictions = report ? recordedContradictions(report, dropped) : [];
    const failed = !report || generatedFailures(report).length > 0 || report.unhandledErrors.length > 0;
    const judged = /Judged against .*/.exec(child.stdout ?? '')?.[0] ?? 'no replay line';
    io.out.write(`gate against the recorded answers: ${failed ? 'FAILED' : 'passed'} (${paths}; ${judged})\n`);
    if (contradictions.length > 0) io.out.write(`the recorded service contradicts ${new Set(contradictions.map((c) => c.contract)).size} of the new contracts (${contradictions.length} paths): listed first in the changelog\n`);
    return { gate: failed ? 'failed' : 'passed', contradictions };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Per contract, the top-level response properties the new docs no longer document. */
function droppedProperties(diff: ContractDiff): Map<string, Set<string>> {
  const dropped = new Map<string, Set<string>>();
  for (const change of diff.changes) {
    if (change.rule !== 'response-property-removed' || !change.property || change.property.includes('/')) continue;
    dropped.set(change.contract, (dropped.get(change.contract) ?? new Set()).add(change.property));
  }
  return dropped;
}

function readReport(file: string): ContractReport | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ContractReport;
  } catch {
    return undefined;
  }
}

/** The committed folder gets the new contracts; files of contracts that are gone are removed. */
function replaceContracts(dir: string, old: readonly NamedContractVersion[], summary: BuildSummary): void {
  const fresh = new Set(builtContracts(summary).map((entry) => entry.name));
  for (const { name } of old) if (!fresh.has(name)) rmSync(join(dir, `${name}.json`), { force: true });
  writeContracts(summary, dir);
}
