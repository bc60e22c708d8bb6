// Model check findings judged against the baseline, as paths are: a finding of severity error
// that the expectations list for its page is `met`, one they do not list is `unexpected`, and a
// listed one the check no longer finds (on a page it checked) is `fixed`. Only unexpected ones
// fail a run (and fixed ones under GRAPH_EXPECTATIONS_STRICT). Without a baseline every error
// finding is unexpected, as before baselines existed. Warnings and notes never fail a run, so
// they are neither listed nor judged.
import type { LintFinding } from '../model/lint-finding.ts';
import type { ExpectationsFile, ModelFindingExpectation } from './expectations-file.ts';

export interface FindingKey {
  file: string;
  code: string;
  property?: string;
}

export interface JudgedModelFindings {
  met: LintFinding[];
  unexpected: LintFinding[];
  fixed: FindingKey[];
}

const sameFinding = (expected: ModelFindingExpectation, finding: { code: string; property?: string }) => expected.code === finding.code && (expected.property ?? '') === (finding.property ?? '');

export function judgeModelFindings(findings: readonly LintFinding[], expectations: ExpectationsFile | undefined, checkedFiles: ReadonlySet<string>): JudgedModelFindings {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const listed = expectations?.modelFindings ?? {};
  const judged: JudgedModelFindings = { met: [], unexpected: [], fixed: [] };
  for (const finding of errors) {
    const known = Object.hasOwn(listed, finding.file) && listed[finding.file]!.some((expected) => sameFinding(expected, finding));
    (known ? judged.met : judged.unexpected).push(finding);
  }
  for (const [file, entries] of Object.entries(listed)) {
    if (!checkedFiles.has(file)) continue;
    for (const expected of entries) {
      if (!errors.some((finding) => finding.file === file && sameFinding(expected, finding))) judged.fixed.push({ file, code: expected.code, ...(expected.property ? { property: expected.property } : {}) });
    }
  }
  return judged;
}

/**
 * The baseline's model findings from a run's findings: every error finding, keeping a reason a
 * person wrote; with `keep`, the previous entries of pages this run did not check.
 */
export function modelFindingsBaseline(findings: ReadonlyArray<{ file: string; code: string; severity: string; message: string; property?: string }>, previous: ExpectationsFile['modelFindings'] = {}, keep: (file: string) => boolean = () => false): Record<string, ModelFindingExpectation[]> {
  const result: Record<string, ModelFindingExpectation[]> = {};
  for (const [file, entries] of Object.entries(previous)) if (keep(file)) result[file] = [...entries];
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const before = (Object.hasOwn(previous, finding.file) ? previous[finding.file] : undefined)?.find((expected) => sameFinding(expected, finding));
    const entry: ModelFindingExpectation = { code: finding.code, ...(finding.property ? { property: finding.property } : {}), reason: before?.reason ?? finding.message };
    const list = (result[finding.file] ??= []);
    if (!list.some((existing) => sameFinding(existing, entry))) list.push(entry);
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}
