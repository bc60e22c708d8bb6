// The baseline: its file format and validation, the comparison of a result with it, the
// exit code, and writing it from results.
import { describe, expect, test } from 'vitest';
import { compareWithExpectation, countExpectations, expectationExitCode, expectationsLine, type ExpectationResult } from './compare-expectation.ts';
import { EXPECTATIONS_FORMAT, ExpectationsFileError, parseExpectations, type PathExpectation } from './expectations-file.ts';
import { expectationsFromResults, type ResultForBaseline } from './expectations-from-results.ts';
import type { OutcomeClass } from './outcome-rules.ts';

describe('parseExpectations', () => {
  test('reads a valid file', () => {
    const text = JSON.stringify({ format: 1, expectations: { 'beta-a': { '/a': { outcome: 'example-refused', code: 'BadRequest', reason: 'placeholder GUID' } } } });
    expect(parseExpectations(text, 'x.json').expectations['beta-a']!['/a']).toEqual({ outcome: 'example-refused', code: 'BadRequest', reason: 'placeholder GUID' });
  });

  test.each([
    ['not JSON', '{format: 1', ['(whole file): expected JSON']],
    ['wrong format number', JSON.stringify({ format: 2, expectations: {} }), ['format: must be equal to constant: expected 1']],
    ['missing expectations', JSON.stringify({ format: 1 }), ["expectations: must have required property 'expectations'"]],
    ['unknown class', JSON.stringify({ format: 1, expectations: { c: { '/a': { outcome: 'refused' } } } }), ['expectations > c > /a > outcome: must be equal to one of the allowed values: expected one of passed, contract-broken, example-refused']],
    ['missing outcome', JSON.stringify({ format: 1, expectations: { c: { '/a': { code: 'BadRequest' } } } }), ["expectations > c > /a > outcome: must have required property 'outcome'"]],
    ['unknown field', JSON.stringify({ format: 1, expectations: { c: { '/a': { outcome: 'passed', status: 400 } } } }), ['expectations > c > /a > status: must NOT have additional properties: unknown field']],
    ['fields that are not property names', JSON.stringify({ format: 1, expectations: { c: { '/a': { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: 'secret' } } } }), ['expectations > c > /a > fields: must be array']],
    ['a key that is no path', JSON.stringify({ format: 1, expectations: { c: { a: { outcome: 'passed' } } } }), ['expectations > c', 'expected a path template starting with "/"']],
  ])('%s: names the field and what was expected', (_name, text, fragments) => {
    let error: unknown;
    try {
      parseExpectations(text, 'expectations/tenant.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExpectationsFileError);
    const { code, message } = error as ExpectationsFileError;
    expect(code).toBe('EXPECTATIONS_INVALID');
    expect(message).toContain('expectations/tenant.json');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

const refused = (code?: string): PathExpectation => ({ outcome: 'example-refused', ...(code ? { code } : {}) });
const writeOnly = (...fields: string[]): PathExpectation => ({ outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields });

describe('compareWithExpectation', () => {
  test.each<[string, { outcome: OutcomeClass; code?: string; runError?: true; fields?: string[] }, PathExpectation | undefined, ExpectationResult]>([
    ['unlisted pass', { outcome: 'passed' }, undefined, 'met'],
    ['unlisted skip', { outcome: 'skipped' }, undefined, 'met'],
    ['unlisted refusal', { outcome: 'example-refused', code: 'BadRequest' }, undefined, 'unexpected'],
    ['unlisted broken contract', { outcome: 'contract-broken', code: 'ECHO_MISMATCH' }, undefined, 'unexpected'],
    ['listed refusal, same code', { outcome: 'example-refused', code: 'BadRequest' }, refused('BadRequest'), 'met'],
    ['listed refusal, any code', { outcome: 'example-refused', code: 'Conflict' }, refused(), 'met'],
    ['listed refusal, other code', { outcome: 'example-refused', code: 'ModelValidationFailure' }, refused('BadRequest'), 'unexpected'],
    ['listed refusal, now not permitted', { outcome: 'not-permitted', code: 'Forbidden' }, refused('BadRequest'), 'unexpected'],
    ['listed refusal, now passes', { outcome: 'passed' }, refused('BadRequest'), 'fixed'],
    ['listed refusal, now skipped', { outcome: 'skipped' }, refused('BadRequest'), 'unexpected'],
    ['listed pass, passes', { outcome: 'passed' }, { outcome: 'passed' }, 'met'],
    ['listed unavailable, a run error', { outcome: 'unavailable', code: 'MOCK_UNHANDLED_REQUEST', runError: true }, { outcome: 'unavailable' }, 'unexpected'],
    ['listed write-only property, holds', { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['secret'] }, writeOnly('secret'), 'met'],
    ['listed write-only properties, one of them no longer', { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['secret'] }, writeOnly('key', 'secret'), 'met'],
    ['a new write-only property beside a listed one', { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['key', 'secret'] }, writeOnly('secret'), 'unexpected'],
    ['listed write-only, now a read mismatch', { outcome: 'contract-broken', code: 'READ_MISMATCH' }, writeOnly('secret'), 'unexpected'],
    ['listed write-only with no properties: any', { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['key'] }, { outcome: 'contract-broken', code: 'READ_WRITE_ONLY' }, 'met'],
    ['listed write-only, now reads back', { outcome: 'passed' }, writeOnly('secret'), 'fixed'],
  ])('%s -> %s', (_name, actual, expected, want) => {
    const verdict = compareWithExpectation(actual, expected);
    expect(verdict.expectation).toBe(want);
    expect(verdict.expected).toEqual(expected);
  });
});

describe('the exit code and the summary line', () => {
  const rows = (...pairs: Array<[OutcomeClass, ExpectationResult]>) => pairs.map(([outcome, expectation]) => ({ outcome, expectation }));
  test.each<[string, ReturnType<typeof rows>, boolean, 0 | 1, string]>([
    ['all met', rows(['passed', 'met'], ['example-refused', 'met'], ['skipped', 'met']), false, 0, '0 unexpected, 0 fixed, 1 expected failures'],
    ['one unexpected', rows(['passed', 'met'], ['contract-broken', 'unexpected']), false, 1, '1 unexpected, 0 fixed, 0 expected failures'],
    ['fixed, not strict', rows(['passed', 'fixed'], ['not-creatable', 'met']), false, 0, '0 unexpected, 1 fixed, 1 expected failures'],
    ['fixed, strict', rows(['passed', 'fixed']), true, 1, '0 unexpected, 1 fixed, 0 expected failures'],
  ])('%s', (_name, given, strict, exit, line) => {
    const counts = countExpectations(given);
    expect(expectationExitCode(counts, strict)).toBe(exit);
    expect(expectationsLine(counts)).toBe(line);
  });
});

describe('expectationsFromResults', () => {
  const result = (contract: string, pathTemplate: string, outcome: OutcomeClass, extra: Partial<ResultForBaseline> = {}): ResultForBaseline => ({ contract, pathTemplate, outcome, ...extra });

  test('lists what did not pass, with code and the service words as the first reason', () => {
    const file = expectationsFromResults([
      result('b', '/b', 'example-refused', { code: 'BadRequest', field: 'appId', message: "Invalid value for property 'appId'" }),
      result('a', '/a', 'passed'),
      result('a', '/s', 'skipped'),
      result('c', '/c', 'unavailable', { code: 'MOCK_UNHANDLED_REQUEST', runError: true }),
      result('a', '/n', 'not-creatable', { code: 'No method match route template' }),
    ]);
    expect(file).toEqual({
      format: EXPECTATIONS_FORMAT,
      expectations: {
        a: { '/n': { outcome: 'not-creatable', code: 'No method match route template' } },
        b: { '/b': { outcome: 'example-refused', code: 'BadRequest', reason: "refused field appId: Invalid value for property 'appId'" } },
      },
    });
    // What it writes is a valid file.
    expect(parseExpectations(JSON.stringify(file), 'out.json')).toEqual(file);
  });

  test('a write-only finding is listed with its properties', () => {
    const file = expectationsFromResults([result('a', '/a', 'contract-broken', { code: 'READ_WRITE_ONLY', fields: ['certificate', 'sharedSecret'] })]);
    expect(file.expectations.a).toEqual({ '/a': { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['certificate', 'sharedSecret'], reason: 'READ_WRITE_ONLY for certificate, sharedSecret' } });
    expect(parseExpectations(JSON.stringify(file), 'out.json')).toEqual(file);
  });

  test('keeps a written reason while the class stays, and replaces it when the class changed', () => {
    const previous = { format: EXPECTATIONS_FORMAT, expectations: { a: { '/a': { outcome: 'example-refused' as const, reason: 'needs a real app id' }, '/b': { outcome: 'not-permitted' as const, reason: 'no licence' } } } };
    const file = expectationsFromResults([result('a', '/a', 'example-refused', { code: 'BadRequest', message: 'm' }), result('a', '/b', 'example-refused', { code: 'BadRequest', message: 'new words' })], { previous });
    expect(file.expectations.a).toEqual({ '/a': { outcome: 'example-refused', code: 'BadRequest', reason: 'needs a real app id' }, '/b': { outcome: 'example-refused', code: 'BadRequest', reason: 'new words' } });
  });

  test('merge keeps other contracts and replaces the covered ones', () => {
    const previous = { format: EXPECTATIONS_FORMAT, expectations: { other: { '/o': { outcome: 'not-creatable' as const } }, a: { '/gone': { outcome: 'example-refused' as const } } } };
    const merged = expectationsFromResults([result('a', '/a', 'not-permitted', { code: 'Forbidden' })], { previous, merge: true });
    expect(merged.expectations).toEqual({ a: { '/a': { outcome: 'not-permitted', code: 'Forbidden' } }, other: { '/o': { outcome: 'not-creatable' } } });
    const replaced = expectationsFromResults([result('a', '/a', 'not-permitted', { code: 'Forbidden' })], { previous });
    expect(Object.keys(replaced.expectations)).toEqual(['a']);
  });
});
