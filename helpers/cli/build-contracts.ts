import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectPages } from './collect-pages.ts';
import { buildPage, type PageOutcome } from '../contract/build-page.ts';
import { createAjv } from '../contract/create-ajv.ts';
import { createBodyValidator } from '../contract/body-validator.ts';
import { contractFileName, contractJson } from '../contract/contract-json.ts';

export interface BuildSummary {
  outcomes: PageOutcome[];
  built: number;
  failed: number;
  skipped: number;
}

/** Reads every page under `inputs` and builds its contract in memory. */
export function buildContracts(inputs: string[], match?: RegExp): BuildSummary {
  const validate = createBodyValidator(createAjv({ allErrors: false }));
  const outcomes = collectPages(inputs, match).map((page) => {
    try {
      return buildPage(page.relativePath, readFileSync(page.path), validate);
    } catch (error) {
      // A defect in this tool must not cost the other pages their contracts.
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'failed', file: page.relativePath, problems: [{ code: 'UNREADABLE_PAGE', fatal: true, file: page.relativePath, message: `could not be read or parsed: ${message}` }] } satisfies PageOutcome;
    }
  });
  refuseCollisions(outcomes);
  const count = (status: PageOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  return { outcomes, built: count('built'), failed: count('failed'), skipped: count('skipped') };
}

/**
 * Two pages that map to one contract file (`x.md` and `x.txt` in one folder) would overwrite
 * each other: both are failed, each naming the other, and neither is written.
 */
function refuseCollisions(outcomes: PageOutcome[]): void {
  const byOutput = new Map<string, number[]>();
  outcomes.forEach((outcome, index) => {
    if (outcome.status !== 'built') return;
    const output = contractFileName(outcome.file);
    byOutput.set(output, [...(byOutput.get(output) ?? []), index]);
  });
  for (const [output, indexes] of byOutput) {
    if (indexes.length < 2) continue;
    const files = indexes.map((index) => outcomes[index]!.file);
    for (const index of indexes) {
      const file = outcomes[index]!.file;
      const others = files.filter((other) => other !== file).join(', ');
      outcomes[index] = { status: 'failed', file, problems: [{ code: 'OUTPUT_COLLISION', fatal: true, file, message: `${others} would write the same contract file ${output}; rename one page (neither is written)` }] };
    }
  }
}

/** Writes each built contract to `out`, mirroring the pages' relative paths. */
export function writeContracts(summary: BuildSummary, out: string): string[] {
  const written: string[] = [];
  for (const outcome of summary.outcomes) {
    if (outcome.status !== 'built') continue;
    const target = join(out, contractFileName(outcome.file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contractJson(outcome.contract));
    written.push(target);
  }
  return written;
}
