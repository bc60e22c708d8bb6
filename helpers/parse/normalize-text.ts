// Doc pages arrive with BOMs, CRLF or mixed endings, non-breaking and zero-width spaces and
// curly quotes. Everything downstream assumes plain `\n` lines and ASCII spacing, so this runs first.
// It never adds or removes a line, so line numbers stay those of the original file.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u2033]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201A\u2032]/g;

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(CURLY_DOUBLE, '"')
    .replace(CURLY_SINGLE, "'");
}
