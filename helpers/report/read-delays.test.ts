import { describe, expect, test } from 'vitest';
import { readSummaryText, summariseReads } from './read-delays.ts';

const row = (n: number, appearedAfterMs?: number, status = 200) => ({
  contract: `c${n}`, pathTemplate: `/p${n}`, resource: `widget${n}`, apiVersion: 'beta',
  ...(appearedAfterMs === undefined ? {} : { read: { url: `u${n}`, status, appearedAfterMs, durationMs: appearedAfterMs } }),
});

describe('summariseReads', () => {
  test('nothing read: no summary', () => {
    expect(summariseReads([row(1), row(2)])).toBeUndefined();
  });

  test('each at once', () => {
    const summary = summariseReads([row(1, 0), row(2, 0), row(3)])!;
    expect(summary).toEqual({ appeared: 2, appearedLater: 0, notFound: 0, medianMs: 0, worstMs: 0 });
    expect(readSummaryText(summary)).toBe('2 created entities read back, each at once (median 0 ms, worst 0 ms).');
  });

  test('median and worst over the entities that appeared, the worst path named, the ones that never did counted apart', () => {
    const summary = summariseReads([row(1, 3_100), row(2, 0), row(3, 3_450), row(4, 3_020), row(5, 10_010, 404)])!;
    expect(summary).toEqual({ appeared: 4, appearedLater: 3, notFound: 1, medianMs: 3_060, worstMs: 3_450, worst: { contract: 'c3', pathTemplate: '/p3', resource: 'widget3', apiVersion: 'beta' } });
    expect(readSummaryText(summary)).toBe('4 created entities read back, 3 only after a 404 (median 3,060 ms, worst 3,450 ms: widget3 beta /p3); 1 never appeared (READ_NOT_FOUND).');
  });
});
