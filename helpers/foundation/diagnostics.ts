// Everything wrong with a page is reported with where it is, so one broken page never stops a
// build and every message can be acted on. `fatal` problems stop the page's contract from
// being written; the others are doc defects recorded in the contract. Each code's section,
// default fatality and meaning are data, in problem-registry.ts.
import { pageProblemRule, type ProblemCode } from './problem-registry.ts';
import { formatDiagnostic, type Where } from './where.ts';

export type { ProblemCode } from './problem-registry.ts';
export { visibleText } from './where.ts';

export interface PageProblem extends Where {
  code: ProblemCode;
  fatal: boolean;
  message: string;
  /** Other lines the problem is about (the documented paths an example URL misses). */
  related?: number[];
}

/**
 * `page:line > section > field: message [CODE]`, the one format every diagnostic is printed in,
 * always on one line: a message or field quoting page text cannot break it, nor slip a bidi
 * override or a control character into the terminal. The section is the code's, from the registry.
 */
export function formatProblem(problem: PageProblem): string {
  const related = problem.related?.length ? ` (see line${problem.related.length > 1 ? 's' : ''} ${problem.related.join(', ')})` : '';
  return formatDiagnostic({ ...problem, section: problem.section ?? pageProblemRule(problem.code).section }, `${problem.message}${related}`, problem.code);
}

export interface ProblemPlace {
  /** Another page than the log's (a resource page row); the log's own page when absent. */
  file?: string;
  line?: number;
  field?: string;
  section?: string;
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
