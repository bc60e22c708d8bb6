// Writes a baseline from a run's results: every path that did not pass (and was tried)
// becomes an expectation with its class and code. Reasons a person wrote in the previous
// file are kept while the path's class stays the same; a new or changed entry gets the
// service's own words as a starting reason. `merge` keeps the previous file's entries for
// contracts this run did not cover (another shard's).
import type { ClassifiedOutcome } from './classify-outcome.ts';
import { EXPECTATIONS_FORMAT, type ExpectationsFile, type PathExpectation } from './expectations-file.ts';

export interface ResultForBaseline extends Pick<ClassifiedOutcome, 'outcome' | 'code' | 'field' | 'fields' | 'message' | 'runError'> {
  contract: string;
  pathTemplate: string;
}

export interface BaselineChoices {
  previous?: ExpectationsFile;
  /** Keep the previous file's entries for contracts absent from these results. */
  merge?: boolean;
}

export function expectationsFromResults(results: readonly ResultForBaseline[], { previous, merge = false }: BaselineChoices = {}): ExpectationsFile {
  const covered = new Set(results.map((r) => r.contract));
  const entries: Array<[string, string, PathExpectation]> = [];
  if (previous && merge) {
    for (const [contract, paths] of Object.entries(previous.expectations)) {
      if (covered.has(contract)) continue;
      for (const [path, expectation] of Object.entries(paths)) entries.push([contract, path, expectation]);
    }
  }
  for (const result of results) {
    // A pass needs no entry; a skip says nothing about the contract; a run error is never expected.
    if (result.outcome === 'passed' || result.outcome === 'skipped' || result.runError) continue;
    const before = previous?.expectations[result.contract]?.[result.pathTemplate];
    const expectation: PathExpectation = { outcome: result.outcome };
    if (result.code) expectation.code = result.code;
    if (result.fields?.length) expectation.fields = [...result.fields];
    const reason = before?.outcome === result.outcome && before.reason ? before.reason : serviceReason(result);
    if (reason) expectation.reason = reason;
    entries.push([result.contract, result.pathTemplate, expectation]);
  }
  entries.sort(([c1, p1], [c2, p2]) => c1.localeCompare(c2) || p1.localeCompare(p2));
  const expectations: ExpectationsFile['expectations'] = {};
  for (const [contract, path, expectation] of entries) (expectations[contract] ??= {})[path] = expectation;
  return { format: EXPECTATIONS_FORMAT, expectations };
}

function serviceReason(result: ResultForBaseline): string | undefined {
  const properties = result.fields?.length ? `${result.code ?? 'reported'} for ${result.fields.join(', ')}` : undefined;
  const parts = [result.field ? `refused field ${result.field}` : undefined, properties, result.message].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : undefined;
}
