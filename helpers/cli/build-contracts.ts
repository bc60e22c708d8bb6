import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectPages, PageInputError } from './collect-pages.ts';
import { buildPage, type PageOutcome } from '../contract/build-page.ts';
import { createAjv } from '../contract/create-ajv.ts';
import { createBodyValidator } from '../contract/body-validator.ts';
import { contractJson } from '../contract/contract-json.ts';
import { countOf } from '../foundation/count-noun.ts';
import { resourcePages } from '../contract/resource-pages.ts';
import { readResourcePages } from './read-resource-pages.ts';
import type { ProblemCode } from '../foundation/diagnostics.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';

export interface BuildSummary {
  outcomes: PageOutcome[];
  built: number;
  failed: number;
  skipped: number;
}

/**
 * Reads every page under `inputs` and builds its contract in memory. `docsCommit`, the docs
 * repository commit the pages were read at, is recorded in each contract's `source.commit`.
 */
export function buildContracts(inputs: string[], match?: RegExp, modelFacts: readonly ModelFacts[] = [], docsCommit?: string): BuildSummary {
  const validate = createBodyValidator(createAjv({ allErrors: false }));
  const pages = collectPages(inputs, match);
  const resources = resourcePages(readResourcePages(pages));
  const outcomes = pages.map((page) => {
    try {
      return withDocsCommit(buildPage(page.relativePath, readFileSync(page.path), validate, modelFacts, resources), docsCommit);
    } catch (error) {
      // A defect in this tool must not cost the other pages their contracts.
      return failedOutcome(page.relativePath, 'UNREADABLE_PAGE', `could not be read or parsed: ${messageOf(error)}`);
    }
  });
  refuseCollisions(outcomes);
  return summarise(outcomes);
}

export function withDocsCommit(outcome: PageOutcome, docsCommit: string | undefined): PageOutcome {
  if (outcome.status !== 'built' || !docsCommit) return outcome;
  const contracts = outcome.contracts.map(({ name, contract }) => {
    const committed = { ...contract, source: { ...contract.source, commit: docsCommit } };
    return { name, contract: committed, json: contractJson(committed) };
  });
  return { ...outcome, contract: contracts[0]!.contract, json: contracts[0]!.json, contracts };
}

/**
 * Two pages that map to one contract file (`x.md` and `x.txt` in one folder) would overwrite
 * each other: both are failed, each naming the other, and neither is written.
 */
function refuseCollisions(outcomes: PageOutcome[]): void {
  const byOutput = new Map<string, number[]>();
  outcomes.forEach((outcome, index) => {
    if (outcome.status !== 'built') return;
    for (const { name } of outcome.contracts) {
      const output = `${name}.json`;
      byOutput.set(output, [...(byOutput.get(output) ?? []), index]);
    }
  });
  for (const [output, indexes] of byOutput) {
    if (indexes.length < 2) continue;
    const files = indexes.map((index) => outcomes[index]!.file);
    for (const index of indexes) {
      const file = outcomes[index]!.file;
      const others = files.filter((other) => other !== file).join(', ');
      outcomes[index] = failedOutcome(file, 'OUTPUT_COLLISION', `${others} would write the same contract file ${output}; rename one page (neither is written)`);
    }
  }
}

/**
 * Writes each built contract to `out`, mirroring the pages' relative paths. A contract that
 * cannot be written fails its own page (UNWRITABLE_CONTRACT, in `summary`), not the build.
 */
export function writeContracts(summary: BuildSummary, out: string): string[] {
  const written: string[] = [];
  const outcomes = summary.outcomes.map((outcome): PageOutcome => {
    if (outcome.status !== 'built') return outcome;
    for (const { name, json } of outcome.contracts) {
      const target = join(out, `${name}.json`);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, json);
      } catch (error) {
        return failedOutcome(outcome.file, 'UNWRITABLE_CONTRACT', `its contract could not be written to ${target}: ${messageOf(error)}`);
      }
      written.push(target);
    }
    return outcome;
  });
  Object.assign(summary, summarise(outcomes));
  return written;
}

/**
 * Pages were found but none is a "Create X" page: nothing to build or check is an input
 * mistake (the wrong folder), not a build of 0 pages that passes.
 */
export function requireCreatePages(summary: BuildSummary, inputs: string[]): void {
  if (summary.built + summary.failed > 0) return;
  throw new PageInputError(`none of the ${countOf(summary.skipped, 'page')} under ${inputs.join(', ')} is a "Create X" page (each skipped as NOT_A_CREATE_PAGE; --verbose names them): give the folder of the create pages`);
}

/**
 * `built 479 of 485 pages, 2 of them with an example that failed; 6 failed (named above); 1 file
 * skipped: not a create page; 3 actions skipped: no example creates an entity`.
 */
export function buildSummaryLine(summary: BuildSummary, failedNamed = 'named above'): string {
  const partly = pagesWithFailedExamples(summary);
  const parts = [`built ${summary.built} of ${countOf(summary.built + summary.failed, 'page')}${partly > 0 ? `, ${partly} of them with an example that failed` : ''}`];
  if (summary.failed > 0) parts.push(`${summary.failed} failed (${failedNamed})`);
  const actions = summary.outcomes.filter((outcome) => outcome.status === 'skipped' && outcome.kind === 'action').length;
  const notCreate = summary.skipped - actions;
  if (notCreate > 0) parts.push(`${countOf(notCreate, 'file')} skipped: not a create page`);
  if (actions > 0) parts.push(`${countOf(actions, 'action')} skipped: no example creates an entity`);
  return parts.join('; ');
}

/** Built pages of several examples where one failed (its FAILED line printed) beside others that built. */
export function pagesWithFailedExamples(summary: BuildSummary): number {
  return summary.outcomes.filter((outcome) => outcome.status === 'built' && outcome.problems.some((problem) => problem.fatal)).length;
}

function summarise(outcomes: PageOutcome[]): BuildSummary {
  const count = (status: PageOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  return { outcomes, built: count('built'), failed: count('failed'), skipped: count('skipped') };
}

function failedOutcome(file: string, code: ProblemCode, message: string): PageOutcome {
  return { status: 'failed', file, problems: [{ code, fatal: true, file, message }] };
}

/** One line: a multi-line error message would break the one-line-per-failure output. */
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
