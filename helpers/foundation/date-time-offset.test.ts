import { describe, expect, test } from 'vitest';
import { formatUtcTicks, normaliseDateTimeOffset, parseDateTimeOffset } from './date-time-offset.ts';

describe('parseDateTimeOffset', () => {
  const same: Array<[string, string, string]> = [
    ['offset vs Z', '2017-01-01T00:01:49.2071853-08:00', '2017-01-01T08:01:49.2071853Z'],
    ['fewer digits', '2017-01-01T00:00:00.5Z', '2017-01-01T00:00:00.5000000Z'],
    ['no fraction', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00.0000000Z'],
    ['positive offset', '2017-01-01T05:30:00+05:30', '2017-01-01T00:00:00Z'],
  ];
  test.each(same)('%s: same instant', (_name, a, b) => {
    expect(parseDateTimeOffset(a)).toBe(parseDateTimeOffset(b));
  });

  test('100 ns apart are different instants', () => {
    const a = parseDateTimeOffset('2017-01-01T00:01:49.2071853-08:00');
    const b = parseDateTimeOffset('2017-01-01T08:01:49.2071854Z');
    expect(a).toBeDefined();
    expect(b! - a!).toBe(1n);
  });

  const invalid: Array<[string, string]> = [
    ['8 fractional digits', '2017-01-01T00:00:00.12345678Z'],
    ['no zone', '2017-01-01T00:00:00'],
    ['date only', '2017-01-01'],
    ['rolled-over day', '2017-02-30T00:00:00Z'],
    ['prose', 'Status value'],
  ];
  test.each(invalid)('%s is not a DateTimeOffset', (_name, text) => {
    expect(parseDateTimeOffset(text)).toBeUndefined();
  });
});

describe('formatUtcTicks / normaliseDateTimeOffset', () => {
  const cases: Array<[string, string]> = [
    ['2017-01-01T00:01:49.2071853-08:00', '2017-01-01T08:01:49.2071853Z'],
    ['2016-12-31T23:58:52.3534526-08:00', '2017-01-01T07:58:52.3534526Z'],
    ['1969-12-31T23:59:59.9999999Z', '1969-12-31T23:59:59.9999999Z'],
    ['not a date', 'not a date'],
  ];
  test.each(cases)('%s -> %s', (given, want) => {
    expect(normaliseDateTimeOffset(given)).toBe(want);
  });

  test('round-trips ticks', () => {
    const ticks = parseDateTimeOffset('2020-02-29T12:34:56.0000001Z')!;
    expect(formatUtcTicks(ticks)).toBe('2020-02-29T12:34:56.0000001Z');
  });
});
