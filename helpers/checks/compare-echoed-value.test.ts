import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../foundation/contract-types.ts';
import { compareEchoedValue, type StringHint } from './compare-echoed-value.ts';

type Case = [string, { sent: JsonValue; received: JsonValue | undefined; hint?: StringHint; want: Array<[string, string]> }];

// want: [code, field] of every failure, in order; [] means semantically equal.
const cases: Case[] = [
  ['same string', { sent: 'a', received: 'a', want: [] }],
  ['altered string', { sent: 'a', received: 'b', want: [['ECHO_MISMATCH', 'f']] }],
  ['missing', { sent: 'a', received: undefined, want: [['ECHO_MISSING', 'f']] }],
  ['-08:00 vs Z, same instant', { sent: '2017-01-01T00:01:49.2071853-08:00', received: '2017-01-01T08:01:49.2071853Z', want: [] }],
  ['fewer digits, same instant', { sent: '2017-01-01T00:00:00.5Z', received: '2017-01-01T00:00:00.5000000Z', want: [] }],
  ['date moved 100 ns', { sent: '2017-01-01T00:01:49.2071853-08:00', received: '2017-01-01T08:01:49.2071854Z', want: [['ECHO_MISMATCH', 'f']] }],
  ['date replaced by text', { sent: '2017-01-01T00:00:00Z', received: 'soon', want: [['ECHO_MISMATCH', 'f']] }],
  ['text hint compares dates as text', { sent: '2017-01-01T00:00:00Z', received: '2017-01-01T00:00:00.0000000Z', hint: 'text', want: [['ECHO_MISMATCH', 'f']] }],
  ['1 vs 1.0', { sent: 1, received: 1.0, want: [] }],
  ['changed number', { sent: 5, received: 6, want: [['ECHO_MISMATCH', 'f']] }],
  ['number as string', { sent: 5, received: '5', want: [['ECHO_TYPE_MISMATCH', 'f']] }],
  ['boolean flipped', { sent: true, received: false, want: [['ECHO_MISMATCH', 'f']] }],
  ['null kept', { sent: null, received: null, want: [] }],
  ['null became string', { sent: null, received: 'x', want: [['ECHO_TYPE_MISMATCH', 'f']] }],
  ['array item dropped', { sent: ['a', 'b'], received: ['a'], want: [['ECHO_LENGTH_MISMATCH', 'f']] }],
  ['array item changed', { sent: ['a', 'b'], received: ['a', 'c'], want: [['ECHO_MISMATCH', 'f[1]']] }],
  ['nested extra field is fine', { sent: { a: 1 }, received: { a: 1, b: null }, want: [] }],
  ['nested field changed', { sent: [{ s: 'x', n: { d: 1 } }], received: [{ s: 'x', n: { d: 2 } }], want: [['ECHO_MISMATCH', 'f[0].n.d']] }],
  ['object became array', { sent: { a: 1 }, received: [1], want: [['ECHO_TYPE_MISMATCH', 'f']] }],
];

describe('compareEchoedValue', () => {
  test.each(cases)('%s', (_name, { sent, received, hint, want }) => {
    const failures = compareEchoedValue('f', sent, received, hint);
    expect(failures.map((f) => [f.code, f.field])).toEqual(want);
  });

  const odataTypes: Array<[string, string, string, boolean]> = [
    ['# on both', '#microsoft.graph.a', '#microsoft.graph.a', true],
    ['# sent only', '#microsoft.graph.a', 'microsoft.graph.a', true],
    ['# received only', 'microsoft.graph.a', '#microsoft.graph.a', true],
    ['different type', '#microsoft.graph.a', '#microsoft.graph.b', false],
  ];
  test.each(odataTypes)('@odata.type %s', (_name, sent, received, equal) => {
    expect(compareEchoedValue('@odata.type', sent, received)).toHaveLength(equal ? 0 : 1);
    expect(compareEchoedValue('x[0].@odata.type', sent, received)).toHaveLength(equal ? 0 : 1);
  });

  test('a failure shows the field, sent and received', () => {
    const [failure] = compareEchoedValue('uploadedLogs[0].status', 'completed', 'failed');
    expect(failure).toMatchObject({ field: 'uploadedLogs[0].status', sent: 'completed', received: 'failed' });
    expect(failure?.message).toContain('"completed"');
    expect(failure?.message).toContain('"failed"');
  });
});
