import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';

// Node 20's JSON.parse errors often carry no position ("Unexpected token '}', "..." is not valid
// JSON") and quote the text across lines. Where an example body fails, the place is found again
// here: jsonc-parser's scanner reads the tokens (with their line and column), and JSON's grammar
// is checked over them with an explicit stack, so a body nested 10,000 deep costs no recursion.

export interface JsonSyntaxError {
  /** 0-based line and column within the text, and the offset. */
  line: number;
  column: number;
  offset: number;
  /** What was expected and what was found, on one line. */
  message: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'nothing';

const SCAN_ERRORS: Partial<Record<ScanError, string>> = {
  [ScanError.UnexpectedEndOfString]: 'a string that does not end on its line',
  [ScanError.UnexpectedEndOfNumber]: 'a number that ends early',
  [ScanError.InvalidUnicode]: 'an invalid \\u escape',
  [ScanError.InvalidEscapeCharacter]: 'an invalid escape',
  [ScanError.InvalidCharacter]: 'a control character inside a string',
  [ScanError.UnexpectedEndOfComment]: 'a comment',
};

const EXPECTED: Record<Expect, string> = {
  value: 'a value',
  valueOrEnd: "a value or ']'",
  key: 'a property name in double quotes',
  keyOrEnd: "a property name in double quotes or '}'",
  colon: "':' after the property name",
  commaOrEnd: "',' or the closing bracket",
  nothing: 'nothing after the JSON value',
};

/** The first place `text` stops being JSON, or undefined when JSON.parse would accept it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, false);
  const open: Array<'object' | 'array'> = [];
  let expect: Expect = 'value';
  const fail = (message: string): JsonSyntaxError => ({
    line: scanner.getTokenStartLine(),
    column: scanner.getTokenStartCharacter(),
    offset: scanner.getTokenOffset(),
    message,
  });
  const found = () => describeToken(text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
  const afterValue = (): Expect => (open.length === 0 ? 'nothing' : 'commaOrEnd');
  for (;;) {
    const kind = scanner.scan();
    const scanError = scanner.getTokenError();
    if (scanError !== ScanError.None) return fail(`expected ${EXPECTED[expect]}, found ${SCAN_ERRORS[scanError] ?? 'an invalid token'}`);
    switch (kind) {
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia: {
        // The scanner's whitespace is wider than JSON's (it takes U+00A0, vertical tab...).
        const odd = /[^ \t\n\r]/.exec(text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
        if (odd) return fail(`expected ${EXPECTED[expect]}, found the character U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which is not JSON whitespace`);
        continue;
      }
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        return fail(`expected ${EXPECTED[expect]}, found a comment (JSON has none)`);
      case SyntaxKind.EOF:
        if (expect === 'nothing') return undefined;
        return fail(`expected ${EXPECTED[expect]}, found the end of the body${open.length > 0 ? ` with ${open.length} bracket${open.length > 1 ? 's' : ''} still open` : ''}`);
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        if (expect !== 'value' && expect !== 'valueOrEnd') return fail(`expected ${EXPECTED[expect]}, found ${found()}`);
        open.push(kind === SyntaxKind.OpenBraceToken ? 'object' : 'array');
        expect = kind === SyntaxKind.OpenBraceToken ? 'keyOrEnd' : 'valueOrEnd';
        continue;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        const closes = kind === SyntaxKind.CloseBraceToken ? 'object' : 'array';
        const endable = closes === 'object' ? expect === 'keyOrEnd' || expect === 'commaOrEnd' : expect === 'valueOrEnd' || expect === 'commaOrEnd';
        if (!endable || open[open.length - 1] !== closes) return fail(`expected ${EXPECTED[expect]}, found ${found()}`);
        open.pop();
        expect = afterValue();
        continue;
      }
      case SyntaxKind.CommaToken:
        if (expect !== 'commaOrEnd') return fail(`expected ${EXPECTED[expect]}, found ','`);
        expect = open[open.length - 1] === 'object' ? 'key' : 'value';
        continue;
      case SyntaxKind.ColonToken:
        if (expect !== 'colon') return fail(`expected ${EXPECTED[expect]}, found ':'`);
        expect = 'value';
        continue;
      case SyntaxKind.StringLiteral:
        if (expect === 'key' || expect === 'keyOrEnd') {
          expect = 'colon';
          continue;
        }
        if (expect !== 'value' && expect !== 'valueOrEnd') return fail(`expected ${EXPECTED[expect]}, found ${found()}`);
        expect = afterValue();
        continue;
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword:
        if (expect !== 'value' && expect !== 'valueOrEnd') return fail(`expected ${EXPECTED[expect]}, found ${found()}`);
        expect = afterValue();
        continue;
      default:
        return fail(`expected ${EXPECTED[expect]}, found ${found()}`);
    }
  }
}

/** A token as the message shows it: quoted, cut at 20 characters, odd spaces named. */
function describeToken(token: string): string {
  const cut = token.length > 20 ? `${token.slice(0, 20)}...` : token;
  return `'${cut.replace(ODD_CHARACTER, (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`)}'`;
}

/** Spaces other than U+0020, controls and format characters: invisible or misleading in a message. */
const ODD_CHARACTER = /(?! )[\p{Z}\p{Cc}\p{Cf}]/gu;
