// Where a fact or a problem is: the one location type every stage passes on, and the one way
// it is printed, `page:line > section > field`. Parse problems, contract facts, check failures,
// lint findings and run errors all print through formatWhere.
export interface Where {
  /** The doc page (as in a contract's `source.file`) or another input file. */
  file: string;
  line?: number;
  /** The page section the fact is in: `Permissions`, `HTTP request`, `Properties`, `Example request`... */
  section?: string;
  /** Property, JSON pointer or field path. */
  field?: string;
}

export type Severity = 'error' | 'warning' | 'note';

export function formatWhere(where: Where): string {
  const head = where.line ? `${where.file}:${where.line}` : where.file;
  return visibleText([head, where.section, where.field].filter((part): part is string => Boolean(part)).join(' > '));
}

/** `page:line > section > field: message [CODE]`, on one line whatever the message holds. */
export function formatDiagnostic(where: Where, message: string, code: string): string {
  return `${formatWhere(where)}: ${visibleText(message)} [${code}]`;
}

// Control and format characters (bidi overrides, NUL, line breaks), lone surrogates and U+FFFD.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]|\p{Cs}/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Page text made safe to print on one line: invisible characters shown as `\u{202E}`. */
export function visibleText(text: string): string {
  // Most text is printable ASCII, which neither replacement touches: skip their Unicode scan.
  if (PRINTABLE_ASCII.test(text)) return text;
  return text.replace(/[\r\n\t][\r\n\t ]*/g, ' ').replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}
