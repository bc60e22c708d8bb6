// What a check's test does with its path's outcome and the baseline's verdict.
import { describe, expect, test } from 'vitest';
import { checkResult, skippedCheck } from '../checks/check-types.ts';
import { classifyOutcome } from './classify-outcome.ts';
import { compareWithExpectation } from './compare-expectation.ts';
import type { PathExpectation } from './expectations-file.ts';
import { judgeCheck } from './judge-check.ts';
import type { PathOutcome } from './path-outcome.ts';

const identity = { contract: 'beta-widget', resource: 'widget', apiVersion: 'beta', pathTemplate: '/widgets' };
const okChecks = { status: checkResult('status', []), json: checkResult('json', []), echo: checkResult('echo', []), id: checkResult('id', []), read: checkResult('read', []) };
const refusedChecks = { ...okChecks, status: checkResult('status', [{ code: 'STATUS_MISMATCH', message: 'expected 201, got 400' }]) };
const refusalText = JSON.stringify({ error: { code: 'BadRequest', message: "Invalid value for property 'appId'" } });

function ran(status: number, checks: typeof okChecks, text = '{}'): PathOutcome {
  return { ...identity, kind: 'ran', status, durationMs: 1, retries: [], checks, classified: classifyOutcome({ kind: 'ran', status, text, checks: Object.values(checks) }) };
}
const timedOut: PathOutcome = { ...identity, kind: 'error', code: 'GRAPH_REQUEST_TIMEOUT', message: 'no answer', classified: classifyOutcome({ kind: 'error', code: 'GRAPH_REQUEST_TIMEOUT', message: 'no answer' }) };
const unhandled: PathOutcome = { ...identity, kind: 'error', code: 'MOCK_UNHANDLED_REQUEST', message: 'refused', classified: classifyOutcome({ kind: 'error', code: 'MOCK_UNHANDLED_REQUEST', message: 'refused' }) };
const gated: PathOutcome = { ...identity, kind: 'skipped', reason: 'needs Widgets.ReadWrite.All', classified: classifyOutcome({ kind: 'skipped' }) };

describe('judgeCheck', () => {
  test.each<[string, PathOutcome, PathExpectation | undefined, string, RegExp]>([
    ['a pass asserts no failures', ran(201, okChecks), undefined, 'assert', /^beta-widget > \/widgets > status\s*$/],
    ['an unlisted refusal asserts, naming its class', ran(400, refusedChecks, refusalText), undefined, 'assert', /class example-refused \(BadRequest, field appId\); not in the expectations: expected to pass/],
    ['a refusal with another code asserts, naming what was expected', ran(400, refusedChecks, refusalText), { outcome: 'example-refused', code: 'Conflict' }, 'assert', /expected example-refused \(Conflict\)/],
    ['a listed refusal is skipped with the reason', ran(400, refusedChecks, refusalText), { outcome: 'example-refused', code: 'BadRequest', reason: 'needs a real app id' }, 'skip', /^expected example-refused \(BadRequest\): needs a real app id$/],
    ['a listed timeout is skipped', timedOut, { outcome: 'unavailable' }, 'skip', /^expected unavailable \(GRAPH_REQUEST_TIMEOUT\)$/],
    ['an unlisted timeout fails', timedOut, undefined, 'fail', /the target failed before any check \(GRAPH_REQUEST_TIMEOUT\)/],
    ['an error of the run fails even when listed', unhandled, { outcome: 'unavailable' }, 'fail', /MOCK_UNHANDLED_REQUEST/],
    ['a gated path is skipped with its reason', gated, undefined, 'skip', /^needs Widgets.ReadWrite.All$/],
  ])('%s', (_name, outcome, expected, action, text) => {
    const verdict = compareWithExpectation(outcome.classified, expected);
    const { meta, judgement } = judgeCheck(outcome, 'status', verdict);
    expect(judgement.action).toBe(action);
    expect(judgement.action === 'skip' ? judgement.note : judgement.message).toMatch(text);
    expect(meta).toMatchObject({ identity, check: 'status', classified: outcome.classified, expectation: verdict });
  });

  test('a check with nothing to run on is skipped with its reason; the others of the path still assert', () => {
    const outcome = ran(201, { ...okChecks, read: skippedCheck('read', 'GRAPH_READ=false: the read check is off.') });
    const read = judgeCheck(outcome, 'read', compareWithExpectation(outcome.classified, undefined));
    expect(read.judgement).toEqual({ action: 'skip', note: 'GRAPH_READ=false: the read check is off.' });
    expect(read.meta).toMatchObject({ outcome: 'skipped', skipReason: 'GRAPH_READ=false: the read check is off.' });
    expect(judgeCheck(outcome, 'status', compareWithExpectation(outcome.classified, undefined)).judgement.action).toBe('assert');
    expect(outcome.classified.outcome).toBe('passed');
  });

  test('the read check carries what the read answered and when the entity appeared', () => {
    const outcome: PathOutcome = { ...ran(201, okChecks), read: { url: 'https://g/beta/widgets/1', status: 200, appearedAfterMs: 3_100, durationMs: 3_150 } } as PathOutcome;
    expect(judgeCheck(outcome, 'read', compareWithExpectation(outcome.classified, undefined)).meta.read).toEqual({ url: 'https://g/beta/widgets/1', status: 200, appearedAfterMs: 3_100, durationMs: 3_150 });
    expect(judgeCheck(outcome, 'echo', compareWithExpectation(outcome.classified, undefined)).meta.read).toBeUndefined();
  });

  test('an expected failure still records what the check found', () => {
    const outcome = ran(400, refusedChecks, refusalText);
    const { meta } = judgeCheck(outcome, 'status', compareWithExpectation(outcome.classified, { outcome: 'example-refused' }));
    expect(meta).toMatchObject({ outcome: 'failed', status: 400, result: { failures: [{ code: 'STATUS_MISMATCH' }] } });
  });
});
