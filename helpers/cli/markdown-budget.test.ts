import { describe, expect, test } from 'vitest';
import { fitToBudget, leftOut, renderParts, type BudgetedList } from './markdown-budget.ts';

const list = (priority: number, count: number, size: number, label = 'lines'): BudgetedList => ({ priority, label, items: Array.from({ length: count }, (_, i) => `${i}`.padEnd(size - 1, '.')) });

describe('fitToBudget', () => {
  test('keeps fixed text, fills the most important list first, and keeps each list a prefix', () => {
    const important = list(1, 10, 10);
    const less = list(2, 10, 10);
    const parts = ['title', less, important];
    const kept = fitToBudget(parts, 6 + 150, 0);
    expect(kept.get(important)).toBe(10);
    expect(kept.get(less)).toBe(5);
    const text = renderParts(parts, kept, (left) => `${left} more`).join('\n');
    expect(text.length).toBeLessThanOrEqual(6 + 150 + '5 more'.length + 1);
    expect(leftOut(parts, kept)).toEqual([{ label: 'lines', left: 5, of: 20 }]);
  });

  test('once an item does not fit, no less important item takes its room', () => {
    const important: BudgetedList = { priority: 1, label: 'a', items: ['x'.repeat(9), 'x'.repeat(99)] };
    const less = list(2, 5, 5);
    const kept = fitToBudget([important, less], 50, 0);
    expect([kept.get(important), kept.get(less)]).toEqual([1, 0]);
  });

  test('open and close lines count with the first item, and `empty` stands for a list with none kept', () => {
    const folded: BudgetedList = { priority: 1, label: 'names', items: ['- a', '- b'], open: '<details>', close: '</details>', empty: '- 2 names' };
    expect(renderParts([folded], fitToBudget([folded], 100, 0), () => 'cut')).toEqual(['<details>', '- a', '- b', '</details>']);
    expect(renderParts([folded], fitToBudget([folded], 15, 0), () => 'cut')).toEqual(['- 2 names']);
  });
});
