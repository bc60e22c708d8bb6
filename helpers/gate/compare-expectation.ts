// A path's result against its expectation: `met`, `unexpected` or `fixed` (a listed failure
// that now passes). A path that is not listed is expected to pass; a skipped path says
// nothing about the contract, so an unlisted skip is met. An error the run itself hit is
// never met. The run's exit code follows from the rows (expectationExitCode).
import type { ClassifiedOutcome } from './classify-outcome.ts';
import type { PathExpectation } from './expectations-file.ts';

export type ExpectationResult = 'met' | 'unexpected' | 'fixed';

export interface ExpectationVerdict {
  expectation: ExpectationResult;
  /** What was expected, when the path is listed. */
  expected?: PathExpectation;
}

export function compareWithExpectation(actual: Pick<ClassifiedOutcome, 'outcome' | 'code' | 'runError' | 'fields'>, expected: PathExpectation | undefined): ExpectationVerdict {
  const verdict = (expectation: ExpectationResult): ExpectationVerdict => (expected ? { expectation, expected } : { expectation });
  if (actual.runError) return verdict('unexpected');
  if (!expected) return verdict(actual.outcome === 'passed' || actual.outcome === 'skipped' ? 'met' : 'unexpected');
  if (actual.outcome === 'passed') return verdict(expected.outcome === 'passed' ? 'met' : 'fixed');
  if (actual.outcome !== expected.outcome) return verdict('unexpected');
  if (expected.code !== undefined && expected.code !== actual.code) return verdict('unexpected');
  // A property the baseline does not list (a new write-only one) is news.
  const listed = expected.fields;
  return verdict(listed === undefined || (actual.fields ?? []).every((field) => listed.includes(field)) ? 'met' : 'unexpected');
}

/** Whether a result is a failure the baseline already knows about (not passed, not skipped, met). */
export function isExpectedFailure(outcome: ClassifiedOutcome['outcome'], expectation: ExpectationResult): boolean {
  return expectation === 'met' && outcome !== 'passed' && outcome !== 'skipped';
}

export interface ExpectationCounts {
  unexpected: number;
  fixed: number;
  expectedFailures: number;
}

export function countExpectations(rows: ReadonlyArray<{ outcome: ClassifiedOutcome['outcome']; expectation: ExpectationResult }>): ExpectationCounts {
  return {
    unexpected: rows.filter((r) => r.expectation === 'unexpected').length,
    fixed: rows.filter((r) => r.expectation === 'fixed').length,
    expectedFailures: rows.filter((r) => isExpectedFailure(r.outcome, r.expectation)).length,
  };
}

/** 1 on any unexpected result; `fixed` fails the run only when strict (GRAPH_EXPECTATIONS_STRICT=true). */
export function expectationExitCode(counts: ExpectationCounts, strict: boolean): 0 | 1 {
  return counts.unexpected > 0 || (strict && counts.fixed > 0) ? 1 : 0;
}

/** "N unexpected, M fixed, K expected failures": the line a job summary leads with. */
export function expectationsLine(counts: ExpectationCounts): string {
  return `${counts.unexpected} unexpected, ${counts.fixed} fixed, ${counts.expectedFailures} expected failures`;
}
