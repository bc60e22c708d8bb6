import { describe, expect, test } from 'vitest';
import type { CheckFailure } from '../checks/check-types.ts';
import { failureLines } from './failure-lines.ts';

const cell = (...failures: CheckFailure[]) => ({ outcome: 'failed' as const, failures });

describe('failureLines: each thing said once', () => {
  test.each<[string, CheckFailure, object]>([
    ['a status the message states', { code: 'STATUS_MISMATCH', message: 'Expected HTTP 201, received 403.', sent: 201, received: 403 }, {}],
    ['an echo mismatch the message states', { code: 'ECHO_MISMATCH', field: 'name', message: 'name differs: sent "Contoso", received "contoso".', sent: 'Contoso', received: 'contoso' }, {}],
    ['a value the message does not hold', { code: 'BODY_INVALID_JSON', message: 'Body is not valid JSON (Unexpected token).', received: '<html>' }, { received: '<html>' }],
    ['a value that is only part of a word', { code: 'ECHO_MISMATCH', field: 'a', message: 'differs <script>alert(1)</script>', sent: 'a', received: 2010 }, { sent: 'a', received: 2010 }],
  ])('%s', (_name, failure, values) => {
    expect(failureLines({ checks: { echo: cell(failure) } })[0]!.values).toEqual(values);
  });

  test('a failure two checks share is one line naming both', () => {
    const answer: CheckFailure = { code: 'BODY_UNAVAILABLE', message: 'HTTP 403 is not a created entity: Forbidden: no.' };
    const lines = failureLines({ checks: { status: cell({ code: 'STATUS_MISMATCH', message: 'Expected HTTP 201, received 403.' }), echo: cell(answer), id: cell({ ...answer }) } });
    expect(lines.map((line) => [line.checks, line.failure.code])).toEqual([[['status'], 'STATUS_MISMATCH'], [['echo', 'id'], 'BODY_UNAVAILABLE']]);
  });
});
