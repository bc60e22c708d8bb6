import { Lexer } from 'marked';
import { describe, expect, test } from 'vitest';
import { markdownCode } from './markdown-text.ts';

describe('markdownCode', () => {
  test.each([
    ['<img src=x onerror=alert(1)><script>alert(2)</script>'],
    ['a `tick` and ``two``'],
    ['`leading and trailing`'],
    ['[link](javascript:alert(1)) *bold* _em_'],
    ['line one\nline two'],
  ])('%j stays one code span, whatever it holds', (text) => {
    const span = markdownCode(text);
    const tokens = Lexer.lexInline(span);
    expect(tokens.map((token) => token.type)).toEqual(['codespan']);
    expect(span).not.toContain('\n');
  });

  test('the text comes back as written, pipes escaped for tables, line breaks joined', () => {
    expect(markdownCode('<b>x</b>')).toBe('`<b>x</b>`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a|b')).toBe('`a\\|b`');
  });
});
