import { describe, expect, test } from 'vitest';
import { changeLines } from './change-lines.ts';
import type { ContractChange } from './diff-contracts.ts';
import { diffRule, type DiffRuleId } from './diff-rules.ts';

const change = (rule: DiffRuleId, extra: Partial<ContractChange> = {}): ContractChange => ({
  rule,
  severity: diffRule(rule).severity,
  contract: 'beta/x',
  property: 'p',
  message: `p: ${rule}`,
  where: { file: 'beta/x.md', line: 10 },
  page: rule.endsWith('-removed') ? 'old' : 'new',
  ...extra,
});

const shape = (changes: ContractChange[]) => changeLines(changes).map((line) => [line.severity, line.changes.map((c) => c.rule), line.lead.rule]);

describe('changeLines', () => {
  test.each([
    ['a property removed from request and response: one breaking line', [change('request-property-removed'), change('response-property-removed')],
      [['breaking', ['request-property-removed', 'response-property-removed'], 'request-property-removed']]],
    ['an enum member added on both sides: one line at the worse severity, led by the response side', [change('request-enum-value-added', { after: 'v' }), change('response-enum-value-added-before-sentinel', { after: 'v' })],
      [['warning', ['request-enum-value-added', 'response-enum-value-added-before-sentinel'], 'response-enum-value-added-before-sentinel']]],
    ['a new required request property and the new response property: one line', [change('response-property-added', { after: 's' }), change('request-required-property-added', { after: 's' })],
      [['breaking', ['request-required-property-added', 'response-property-added'], 'request-required-property-added']]],
    ['two different enum members stay two lines each side merged', [change('request-enum-value-added', { after: 'a' }), change('request-enum-value-added', { after: 'b' }), change('response-enum-value-added', { after: 'b' }), change('response-enum-value-added', { after: 'a' })],
      [['info', ['request-enum-value-added', 'response-enum-value-added'], 'request-enum-value-added'], ['info', ['request-enum-value-added', 'response-enum-value-added'], 'request-enum-value-added']]],
    ['different properties are not merged', [change('request-property-removed'), change('response-property-removed', { property: 'q' })],
      [['breaking', ['request-property-removed'], 'request-property-removed'], ['breaking', ['response-property-removed'], 'response-property-removed']]],
    ['different constraints of one property are not merged', [change('request-constraint-loosened', { message: 'p: minimum 4 -> 2', before: 4, after: 2 }), change('response-constraint-loosened', { message: 'p: maximum 4 -> 2', before: 4, after: 2 })],
      [['warning', ['response-constraint-loosened'], 'response-constraint-loosened'], ['info', ['request-constraint-loosened'], 'request-constraint-loosened']]],
    ['two changes of one side are never a pair', [change('request-property-removed'), change('request-property-removed')],
      [['breaking', ['request-property-removed'], 'request-property-removed'], ['breaking', ['request-property-removed'], 'request-property-removed']]],
    ['a rule of one side only stays alone', [change('permission-removed', { property: undefined }), change('server-owned-property-added')],
      [['warning', ['permission-removed'], 'permission-removed'], ['warning', ['server-owned-property-added'], 'server-owned-property-added']]],
  ])('%s', (_name, changes, want) => {
    expect(shape(changes)).toEqual(want);
  });

  test('lines are ordered by severity, then contract, and hold every change once', () => {
    const changes = [change('request-property-added', { contract: 'a' }), change('permission-removed', { contract: 'b', property: undefined }), change('post-path-removed', { contract: 'c', property: undefined }), change('response-property-added', { contract: 'a' })];
    const lines = changeLines(changes);
    expect(lines.map((line) => [line.severity, line.contract])).toEqual([['breaking', 'c'], ['warning', 'b'], ['info', 'a']]);
    expect(lines.flatMap((line) => line.changes).length).toBe(changes.length);
  });
});
