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
  | 'UNREADABLE_PAGE';

export interface PageProblem {
  code: ProblemCode;
  fatal: boolean;
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** `file:line > field: message`, the one format every diagnostic is printed in. */
export function formatProblem(problem: PageProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` > ${problem.field}` : '';
  return `${where}${field}: ${problem.message} [${problem.code}]`;
}

/** Collects problems for one page so each reader can report and carry on. */
export class ProblemLog {
  readonly problems: PageProblem[] = [];
  constructor(readonly file: string) {}

  fatal(code: ProblemCode, message: string, at: { line?: number; field?: string } = {}): void {
    this.problems.push({ code, fatal: true, file: this.file, ...at, message });
  }

  defect(code: ProblemCode, message: string, at: { line?: number; field?: string } = {}): void {
    this.problems.push({ code, fatal: false, file: this.file, ...at, message });
  }

  get hasFatal(): boolean {
    return this.problems.some((problem) => problem.fatal);
  }
}
