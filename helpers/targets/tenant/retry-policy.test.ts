import { describe, expect, it } from 'vitest';
import { backoffMs, parseRetryAfter } from './retry-policy.ts';

const NOW = Date.parse('2024-05-01T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['whole seconds', '3', 3000],
    ['fractional seconds', '0.25', 250],
    ['fraction rounds up to a whole ms', '0.0005', 1],
    ['HTTP-date', 'Wed, 01 May 2024 10:00:02 GMT', 2000],
    ['HTTP-date in the past', 'Wed, 01 May 2024 09:59:00 GMT', 0],
    ['absent', undefined, undefined],
    ['garbage', 'soon', undefined],
    ['negative', '-1', undefined],
    ['exponent notation', '1e3', undefined],
  ])('%s', (_name, given, want) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe('backoffMs', () => {
  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [3, 0, 200],
    [3, 0.5, 300],
    [3, 1, 400],
  ])('retry %i with random %f waits %i ms (base 100)', (retry, random, want) => {
    expect(backoffMs(retry, 100, random)).toBe(want);
  });
});
