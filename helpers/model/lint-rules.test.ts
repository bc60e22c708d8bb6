import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintRulesMarkdown } from './lint-rules.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the lint rules table', () => {
  it('is the one in the README, row for row', () => {
    const start = README.indexOf('<!-- lint-rules:start -->');
    const end = README.indexOf('<!-- lint-rules:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(README.slice(start, end).split('\n').slice(1).join('\n').trim()).toBe(lintRulesMarkdown());
  });

  it('has unique codes and a one-line reason each', () => {
    expect(new Set(LINT_RULES.map((rule) => rule.code)).size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) expect(rule.reason).toMatch(/^[^\n]{10,200}$/);
  });
});
