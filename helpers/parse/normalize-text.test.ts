import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

const cases: Array<[string, { given: string; want: string }]> = [
  ['BOM removed', { given: '\uFEFF# Create widgetRequest', want: '# Create widgetRequest' }],
  ['CRLF to LF', { given: 'a\r\nb\r\n', want: 'a\nb\n' }],
  ['lone CR to LF', { given: 'a\rb', want: 'a\nb' }],
  ['mixed endings keep every line', { given: 'a\r\n\nb\r\rc\n', want: 'a\n\nb\n\nc\n' }],
  ['non-breaking and narrow spaces', { given: 'a\u00A0b\u202Fc\u2009d', want: 'a b c d' }],
  ['zero-width characters removed', { given: 'display\u200BName\u200C\u200D\u2060', want: 'displayName' }],
  ['curly quotes straightened', { given: '\u201Cid\u201D: \u2018x\u2019', want: '"id": \'x\'' }],
];

describe('normalizeText', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(normalizeText(given)).toBe(want);
  });

  it('never changes the number of lines', () => {
    const given = 'a\r\nb\rc\n\r\n\u200B\n\uFEFFd';
    expect(normalizeText(given).split('\n')).toHaveLength(6);
  });
});
