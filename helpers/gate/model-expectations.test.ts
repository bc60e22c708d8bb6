import { describe, expect, test } from 'vitest';
import type { LintFinding } from '../model/lint-finding.ts';
import { parseExpectations, type ExpectationsFile } from './expectations-file.ts';
import { judgeModelFindings, modelFindingsBaseline } from './model-expectations.ts';

const finding = (file: string, code: LintFinding['code'], property?: string, severity: LintFinding['severity'] = 'error'): LintFinding =>
  ({ file, code, severity, message: `${code} on ${property ?? 'the type'}`, resource: 'widget', models: ['m'], ...(property ? { property } : {}) });

const baseline: ExpectationsFile = {
  format: 1,
  expectations: {},
  modelFindings: {
    'a.md': [{ code: 'PROPERTY_NOT_IN_MODEL', property: 'size', reason: 'the 2021 model predates size' }],
    'b.md': [{ code: 'ENTITY_TYPE_NOT_IN_MODEL' }],
    'c.md': [{ code: 'POST_PATH_UNRESOLVED' }],
  },
};

describe('model findings against the baseline', () => {
  test('listed: met; not listed: unexpected; listed but gone from a checked page: fixed; unchecked pages and warnings are not judged', () => {
    const judged = judgeModelFindings(
      [finding('a.md', 'PROPERTY_NOT_IN_MODEL', 'size'), finding('a.md', 'PROPERTY_NOT_IN_MODEL', 'color'), finding('d.md', 'ENUM_MEMBER_NOT_ON_PAGE', 'x', 'warning')],
      baseline,
      new Set(['a.md', 'b.md', 'd.md']),
    );
    expect(judged.met.map((f) => f.property)).toEqual(['size']);
    expect(judged.unexpected.map((f) => f.property)).toEqual(['color']);
    expect(judged.fixed).toEqual([{ file: 'b.md', code: 'ENTITY_TYPE_NOT_IN_MODEL' }]);
  });

  test('without a baseline every error finding is unexpected, as before baselines', () => {
    expect(judgeModelFindings([finding('a.md', 'PROPERTY_NOT_IN_MODEL', 'size')], undefined, new Set(['a.md'])).unexpected).toHaveLength(1);
  });

  test('the baseline written from a run keeps a reason people wrote and, when merging, pages the run has no finding for', () => {
    const written = modelFindingsBaseline([finding('a.md', 'PROPERTY_NOT_IN_MODEL', 'size'), finding('e.md', 'POST_PATH_UNRESOLVED'), finding('e.md', 'FLAGS_ENUM', 'p', 'note')], baseline.modelFindings, (page) => page === 'c.md');
    expect(written).toEqual({
      'a.md': [{ code: 'PROPERTY_NOT_IN_MODEL', property: 'size', reason: 'the 2021 model predates size' }],
      'c.md': [{ code: 'POST_PATH_UNRESOLVED' }],
      'e.md': [{ code: 'POST_PATH_UNRESOLVED', reason: 'POST_PATH_UNRESOLVED on the type' }],
    });
  });

  test('the expectations file accepts modelFindings and names a wrong field', () => {
    expect(parseExpectations(JSON.stringify(baseline), 'x.json').modelFindings?.['a.md']).toHaveLength(1);
    expect(() => parseExpectations(JSON.stringify({ format: 1, expectations: {}, modelFindings: { 'a.md': [{ property: 'size' }] } }), 'x.json')).toThrow(/modelFindings > a\.md > 0 > code/);
  });
});
