// What one check's test does with its path's outcome: what it attaches for the reporter, and
// whether it skips, fails or asserts. A failure the baseline expects (GRAPH_EXPECTATIONS) is a
// skipped test whose note says what was expected and why, as web-platform-tests' expected
// FAIL is not a failure; everything else asserts exactly as without a baseline, so a mock run
// (no baseline) fails on any path that does not pass. The reporter decides the exit code from
// the rows (a skip that should not have been, a `fixed` path under strict).
import type { CheckFailure, CheckName } from '../checks/check-types.ts';
import { isExpectedFailure, type ExpectationVerdict } from './compare-expectation.ts';
import { describeFailures } from './describe-failures.ts';
import { pathIdentity, type ContractCheckMeta, type PathOutcome } from './path-outcome.ts';

export type CheckJudgement =
  | { action: 'skip'; note: string }
  | { action: 'fail'; message: string }
  | { action: 'assert'; failures: CheckFailure[]; message: string };

export function judgeCheck(outcome: PathOutcome, check: CheckName, verdict: ExpectationVerdict): { meta: ContractCheckMeta; judgement: CheckJudgement } {
  const identity = pathIdentity(outcome);
  const shared = { identity, check, classified: outcome.classified, expectation: verdict };
  if (outcome.kind === 'skipped') {
    return { meta: { ...shared, outcome: 'skipped', skipReason: outcome.reason }, judgement: { action: 'skip', note: outcome.reason } };
  }
  const expected = isExpectedFailure(outcome.classified.outcome, verdict.expectation);
  if (outcome.kind === 'error') {
    const meta: ContractCheckMeta = { ...shared, outcome: 'error', skipReason: `${outcome.code}: ${outcome.message}` };
    if (expected) return { meta, judgement: { action: 'skip', note: expectedNote(outcome, verdict) } };
    return { meta, judgement: { action: 'fail', message: `${outcome.contract} ${outcome.pathTemplate}: the target failed before any check (${outcome.code}): ${outcome.message}` } };
  }
  const result = outcome.checks[check];
  const meta: ContractCheckMeta = { ...shared, outcome: result.skipped ? 'skipped' : result.ok ? 'passed' : 'failed', result, retries: outcome.retries, status: outcome.status };
  if (check === 'id' && outcome.createdId !== undefined) meta.createdId = outcome.createdId;
  if (check === 'read' && outcome.read) meta.read = outcome.read;
  if (outcome.rewrites) meta.rewrites = outcome.rewrites;
  if (expected) return { meta, judgement: { action: 'skip', note: expectedNote(outcome, verdict) } };
  // A check with nothing to run on (the read of a create that made no entity, GRAPH_READ=false).
  if (result.skipped) return { meta: { ...meta, skipReason: result.skipped }, judgement: { action: 'skip', note: result.skipped } };
  return { meta, judgement: { action: 'assert', failures: result.failures, message: `${describeFailures(outcome, result)}${classLine(outcome, verdict)}` } };
}

/** "expected example-refused (BadRequest): <reason>", the skip note of an expected failure. */
function expectedNote(outcome: PathOutcome, verdict: ExpectationVerdict): string {
  const { classified } = outcome;
  const reason = verdict.expected?.reason ? `: ${verdict.expected.reason}` : '';
  return `expected ${classified.outcome}${classified.code ? ` (${classified.code}${fieldsText(classified.fields)})` : ''}${reason}`;
}

function fieldsText(fields: readonly string[] | undefined): string {
  return fields?.length ? ` ${fields.join(', ')}` : '';
}

/** Under a failing check: the path's class, and what the baseline expected when it differs. */
function classLine(outcome: PathOutcome, verdict: ExpectationVerdict): string {
  const { classified } = outcome;
  if (classified.outcome === 'passed') return '';
  const field = classified.field ? `, field ${classified.field}` : '';
  const expected = verdict.expected ? `expected ${verdict.expected.outcome}${verdict.expected.code ? ` (${verdict.expected.code}${fieldsText(verdict.expected.fields)})` : ''}` : 'not in the expectations: expected to pass';
  return `\n  class ${classified.outcome}${classified.code ? ` (${classified.code}${fieldsText(classified.fields)}${field})` : ''}; ${expected}`;
}
