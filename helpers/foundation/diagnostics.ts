// Everything wrong with a page is reported with where it is, so one broken page never stops a
// build and every message can be acted on. `fatal` problems stop the page's contract from
// being written; the others are doc defects recorded in the contract.

export type ProblemCode =
  | 'NOT_A_CREATE_PAGE'
  | 'BAD_FRONT_MATTER'
  | 'NO_POST_PATH'
  | 'BROKEN_POST_PATH'
  | 'NO_PROPERTY_TABLE'
  | 'BAD_PROPERTY_ROW'
  | 'NO_EXAMPLE_REQUEST'
  | 'NO_EXAMPLE_RESPONSE'
  | 'BAD_EXAMPLE_JSON'
  | 'BAD_STATUS_LINE'
  | 'NO_PERMISSIONS_TABLE'
  | 'BAD_PERMISSION_ROW'
  | 'VERSION_MISMATCH'
  | 'EXAMPLE_VIOLATES_SCHEMA'
  | 'EXAMPLE_CONTRADICTS_TABLE'
  | 'NO_RESPONSE_ID'
  | 'UNDOCUMENTED_PROPERTY'
  | 'PLACEHOLDER_VALUE'
  | 'ECHO_EXAMPLE_MISMATCH'
  | 'UNREADABLE_PAGE'
  | 'BAD_IDENTIFIER'
  | 'BAD_PERMISSION_NAME'
  | 'BAD_PATH_SEGMENT'
  | 'EMPTY_PATH_SEGMENT'
  | 'EXAMPLE_PATH_MISMATCH'
  | 'UNKNOWN_API_VERSION';

export interface PageProblem {
  code: ProblemCode;
  fatal: boolean;
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** Other lines the problem is about (the documented paths an example URL misses). */
  related?: number[];
}

/**
 * `file:line > field: message`, the one format every diagnostic is printed in, always on one
 * line: a message or field quoting page text cannot break it, nor slip a bidi override or a
 * control character into the terminal.
 */
export function formatProblem(problem: PageProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` > ${visibleText(problem.field)}` : '';
  const related = problem.related?.length ? ` (see line${problem.related.length > 1 ? 's' : ''} ${problem.related.join(', ')})` : '';
  return `${visibleText(where)}${field}: ${visibleText(problem.message)}${related} [${problem.code}]`;
}

// Control and format characters (bidi overrides, NUL, line breaks), lone surrogates and U+FFFD.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]|\p{Cs}/gu;

/** Page text made safe to print on one line: invisible characters shown as `\u{202E}`. */
export function visibleText(text: string): string {
  return text.replace(/[\r\n\t][\r\n\t ]*/g, ' ').replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

export interface ProblemPlace {
  line?: number;
  field?: string;
  related?: number[];
}

/** Collects problems for one page so each reader can report and carry on. */
export class ProblemLog {
  readonly problems: PageProblem[] = [];
  constructor(readonly file: string) {}

  fatal(code: ProblemCode, message: string, at: ProblemPlace = {}): void {
    this.problems.push({ code, fatal: true, file: this.file, ...at, message });
  }

  defect(code: ProblemCode, message: string, at: ProblemPlace = {}): void {
    this.problems.push({ code, fatal: false, file: this.file, ...at, message });
  }

  get hasFatal(): boolean {
    return this.problems.some((problem) => problem.fatal);
  }
}
