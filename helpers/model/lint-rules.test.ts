import { describe, expect, it } from 'vitest';
import { LINT_RULES } from './lint-rules.ts';

// docs/model-check.md's copy is kept equal by helpers/docs/generated-sections.test.ts.
describe('the lint rules table', () => {
  it('has unique codes and a one-line reason each', () => {
    expect(new Set(LINT_RULES.map((rule) => rule.code)).size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) expect(rule.reason).toMatch(/^[^\n]{10,200}$/);
  });
});
