// How a request sent now stands against the recorded one, and how the recorded service would
// echo what is sent now: a table over values.
import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../../foundation/contract-types.ts';
import { echoLike, requestDifferences, sameJson } from './replay-request.ts';

describe('echoLike: what is sent now, as the recorded service answered its kind', () => {
  test.each<[string, JsonValue, JsonValue, JsonValue]>([
    ['a new value of the same type', 'old', 'new', 'new'],
    ['a value of another type keeps the recorded one', 10, 'ten', 10],
    ['null answered: the value sent now', null, 'set now', 'set now'],
    ['null sent: null', 'x', null, null],
    ['an object: answered properties take the new value, unanswered ones are not returned, unsent ones stay', { a: 1, b: 'kept' }, { a: 2, c: 'never returned' }, { a: 2, b: 'kept' }],
    ['nested types', { inner: { n: 1 } }, { inner: { n: 'one' } }, { inner: { n: 1 } }],
    ['arrays item by item, by the recorded item\'s shape', [{ s: 'a', x: 1 }], [{ s: 'b' }, { s: 'c', y: 2 }], [{ s: 'b', x: 1 }, { s: 'c', x: 1 }]],
    ['an empty recorded array takes what is sent', [], [1, 2], [1, 2]],
    ['another derived type than answered: as sent', [{ '@odata.type': 'microsoft.graph.omaSetting', a: 1 }], [{ '@odata.type': '#microsoft.graph.omaSettingInteger', a: 2, value: 5 }], [{ '@odata.type': '#microsoft.graph.omaSettingInteger', a: 2, value: 5 }]],
  ])('%s', (_name, recorded, now, expected) => {
    expect(echoLike(recorded, now)).toEqual(expected);
  });
});

describe('requestDifferences', () => {
  test('names each top-level field added, removed or changed, sorted; the same instant in another zone is no change', () => {
    expect(requestDifferences({ a: 1, b: { x: 1 }, gone: true, when: '2017-01-01T00:00:00-08:00' }, { a: 1, b: { x: 2 }, added: 'x', when: '2017-01-01T08:00:00Z' })).toEqual([
      { field: 'added', change: 'added' },
      { field: 'b', change: 'changed' },
      { field: 'gone', change: 'removed' },
    ]);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});
