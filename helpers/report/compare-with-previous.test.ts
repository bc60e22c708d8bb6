import { describe, expect, test } from 'vitest';
import { compareWithPrevious, hasChanges, type ComparableRow } from './compare-with-previous.ts';
import { parseReportRows, ReportFileError } from './read-report-rows.ts';

const row = (contract: string, pathTemplate: string, outcome: ComparableRow['outcome'], code?: string): ComparableRow => ({ contract, pathTemplate, outcome, ...(code ? { code } : {}) });

describe('compareWithPrevious', () => {
  test.each<[string, ComparableRow[], ComparableRow[], Partial<ReturnType<typeof compareWithPrevious>>]>([
    ['nothing changed', [row('a', '/a', 'passed')], [row('a', '/a', 'passed')], { changed: [], addedContracts: [], removedContracts: [] }],
    [
      'a class changed',
      [row('a', '/a', 'passed'), row('b', '/b', 'example-refused', 'BadRequest')],
      [row('a', '/a', 'contract-broken', 'ECHO_MISMATCH'), row('b', '/b', 'passed')],
      {
        changed: [
          { contract: 'a', pathTemplate: '/a', before: { outcome: 'passed' }, after: { outcome: 'contract-broken', code: 'ECHO_MISMATCH' } },
          { contract: 'b', pathTemplate: '/b', before: { outcome: 'example-refused', code: 'BadRequest' }, after: { outcome: 'passed' } },
        ],
      },
    ],
    [
      'only the code changed',
      [row('a', '/a', 'example-refused', 'BadRequest')],
      [row('a', '/a', 'example-refused', 'ModelValidationFailure')],
      { changed: [{ contract: 'a', pathTemplate: '/a', before: { outcome: 'example-refused', code: 'BadRequest' }, after: { outcome: 'example-refused', code: 'ModelValidationFailure' } }] },
    ],
    [
      'a new write-only property on a path already write-only',
      [{ ...row('a', '/a', 'contract-broken', 'READ_WRITE_ONLY'), fields: ['secret'] }],
      [{ ...row('a', '/a', 'contract-broken', 'READ_WRITE_ONLY'), fields: ['key', 'secret'] }],
      { changed: [{ contract: 'a', pathTemplate: '/a', before: { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['secret'] }, after: { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['key', 'secret'] } }] },
    ],
    [
      'contracts and paths came and went',
      [row('a', '/a', 'passed'), row('a', '/old', 'passed'), row('gone', '/g', 'passed')],
      [row('a', '/a', 'passed'), row('a', '/new', 'passed'), row('fresh', '/f', 'passed')],
      { changed: [], addedContracts: ['fresh'], removedContracts: ['gone'], addedPaths: [{ contract: 'a', pathTemplate: '/new' }], removedPaths: [{ contract: 'a', pathTemplate: '/old' }] },
    ],
  ])('%s', (_name, before, after, want) => {
    const changes = compareWithPrevious({ generatedAt: '2026-11-28T04:17:00.000Z', rows: before }, after);
    expect(changes).toMatchObject(want);
    expect(hasChanges(changes)).toBe(_name !== 'nothing changed');
  });
});

describe('parseReportRows', () => {
  test('reads the rows of a contract report', () => {
    const text = JSON.stringify({ generatedAt: 't', rows: [{ contract: 'a', pathTemplate: '/a', outcome: 'example-refused', code: 'BadRequest', field: 'f', message: 'm', runError: false, checks: {} }] });
    expect(parseReportRows(text, 'prev.json')).toEqual({ generatedAt: 't', rows: [{ ...row('a', '/a', 'example-refused', 'BadRequest'), field: 'f', message: 'm' }], modelFindings: [] });
  });

  test('reads the properties of a per-property code', () => {
    const text = JSON.stringify({ generatedAt: 't', rows: [{ contract: 'a', pathTemplate: '/a', outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['secret'] }] });
    expect(parseReportRows(text, 'prev.json').rows).toEqual([{ ...row('a', '/a', 'contract-broken', 'READ_WRITE_ONLY'), fields: ['secret'] }]);
  });

  test.each([
    ['not JSON', 'nope', 'expected JSON'],
    ['no rows', '{}', 'rows: expected an array'],
    ['a row without contract', JSON.stringify({ rows: [{ pathTemplate: '/a', outcome: 'passed' }] }), 'rows[0].contract: expected a string'],
    ['a report from before outcome classes', JSON.stringify({ rows: [{ contract: 'a', pathTemplate: '/a', verdict: 'passed' }] }), 'rows[0].outcome: expected one of passed'],
    ['fields that are not property names', JSON.stringify({ rows: [{ contract: 'a', pathTemplate: '/a', outcome: 'contract-broken', fields: [1] }] }), 'rows[0].fields: expected an array of property names'],
  ])('%s: names the file and the field', (_name, text, fragment) => {
    expect(() => parseReportRows(text, 'prev.json')).toThrow(ReportFileError);
    expect(() => parseReportRows(text, 'prev.json')).toThrow(fragment);
    expect(() => parseReportRows(text, 'prev.json')).toThrow('prev.json');
  });
});
