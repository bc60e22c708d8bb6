import { describe, expect, test } from 'vitest';
import { markdownCell } from './markdown-cell.ts';

describe('markdownCell', () => {
  test.each([
    ['a service model is XML but has no CSDL <Schema>', 'a service model is XML but has no CSDL \\<Schema\\>'],
    ['`<token>` stays code, <tenant> does not', '`<token>` stays code, \\<tenant\\> does not'],
    ['``a ` <b>`` then <c>', '``a ` <b>`` then \\<c\\>'],
    ['beta <-> v1.0 | or\n  more', 'beta \\<-\\> v1.0 \\| or more'],
    ['`a|b`', '`a\\|b`'],
  ])('%j', (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });
});
