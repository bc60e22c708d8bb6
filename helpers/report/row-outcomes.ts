// The report's side of outcome classes: each row's class (as the spec classified it, or
// contract-broken when only the merged report can see a duplicate id), its result against
// the expectations baseline, the counts per class and per code, and the exit code those
// imply. Done on the merged rows, so shards and a single run are judged alike.
import type { ClassifiedOutcome } from '../gate/classify-outcome.ts';
import { compareWithExpectation, countExpectations, expectationExitCode, type ExpectationCounts, type ExpectationResult } from '../gate/compare-expectation.ts';
import { expectationFor, type ExpectationsFile, type PathExpectation } from '../gate/expectations-file.ts';
import { OUTCOME_CLASSES, type OutcomeClass } from '../gate/outcome-rules.ts';
import type { PathIdentity } from '../gate/path-outcome.ts';

export interface RowOutcome extends ClassifiedOutcome {
  expectation: ExpectationResult;
  expected?: PathExpectation;
}

export interface ExpectationsSummary extends ExpectationCounts {
  /** The baseline file, when the run had one. */
  file?: string;
  strict: boolean;
  /** What the expectations alone make of the run: 1 on an unexpected result (or a fixed one when strict). */
  exitCode: 0 | 1;
}

export interface OutcomeInputs {
  expectations?: ExpectationsFile;
  expectationsFile?: string;
  strict?: boolean;
}

/** What a row needs for its class: its identity, the spec's classification and its cells. */
export interface ClassifiableRow extends PathIdentity {
  verdict: 'passed' | 'failed' | 'skipped' | 'error';
  checks: Partial<Record<string, { outcome: string; failures: Array<{ code: string }> }>>;
  crossShardDuplicate?: boolean;
}

export function rowOutcome(row: ClassifiableRow, classified: ClassifiedOutcome | undefined, inputs: OutcomeInputs): RowOutcome {
  const decided: ClassifiedOutcome = row.crossShardDuplicate ? { outcome: 'contract-broken', rule: 'created-breaking-contract', code: 'ID_DUPLICATE' } : (classified ?? fromCells(row));
  const verdict = compareWithExpectation(decided, expectationFor(inputs.expectations, row.contract, row.pathTemplate));
  const out: RowOutcome = { outcome: decided.outcome, rule: decided.rule, expectation: verdict.expectation };
  for (const key of ['code', 'field', 'fields', 'message', 'runError'] as const) if (decided[key] !== undefined) Object.assign(out, { [key]: decided[key] });
  if (verdict.expected) out.expected = verdict.expected;
  return out;
}

export function outcomeTotals(rows: ReadonlyArray<Pick<RowOutcome, 'outcome'>>): Record<OutcomeClass, number> {
  const totals = Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, 0])) as Record<OutcomeClass, number>;
  for (const row of rows) totals[row.outcome]++;
  return totals;
}

/** How many paths ended with each code (Graph's error code, or the check's for a broken contract), most first. */
export function codeTotals(rows: ReadonlyArray<Pick<RowOutcome, 'code'>>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.code) counts.set(row.code, (counts.get(row.code) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)));
}

export function summariseExpectations(rows: ReadonlyArray<Pick<RowOutcome, 'outcome' | 'expectation'>>, inputs: OutcomeInputs): ExpectationsSummary {
  const counts = countExpectations(rows);
  const strict = inputs.strict ?? false;
  return { ...(inputs.expectationsFile ? { file: inputs.expectationsFile } : {}), strict, ...counts, exitCode: expectationExitCode(counts, strict) };
}

/** A row whose checks were attached without a class (an older blob report): decided from its cells. */
function fromCells(row: ClassifiableRow): ClassifiedOutcome {
  if (row.verdict === 'passed') return { outcome: 'passed', rule: 'created-as-documented' };
  if (row.verdict === 'skipped') return { outcome: 'skipped', rule: 'gated-before-send' };
  if (row.verdict === 'error') return { outcome: 'unavailable', rule: 'run-error', runError: true };
  const code = Object.values(row.checks).flatMap((cell) => cell?.failures ?? [])[0]?.code;
  return { outcome: 'contract-broken', rule: 'created-breaking-contract', ...(code ? { code } : {}) };
}
