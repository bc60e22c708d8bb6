// `build --sarif` declares one rule per page problem code, taken from the registry: level
// `error` for the problems that stop a contract, `warning` for doc defects. A problem's own
// level follows whether it stopped its page.
import { PAGE_PROBLEMS } from '../foundation/problem-registry.ts';
import { sentence, type SarifRule } from '../report/sarif-log.ts';

const FATAL = 'Fatal: the page is not built into a contract until the page is fixed; the other pages still build.';
const DEFECT = "A doc defect: the contract is built and the defect is recorded in its `docDefects`; fix the page so the contract asserts what it documents.";

export const BUILD_PROBLEM_RULES: readonly SarifRule[] = Object.entries(PAGE_PROBLEMS)
  .filter(([code]) => code !== 'NOT_A_CREATE_PAGE')
  .map(([code, rule]) => ({
    id: code,
    level: rule.fatal ? 'error' : 'warning',
    reason: rule.meaning,
    description: `${sentence(rule.meaning)}${'section' in rule ? ` Found in the page's ${rule.section} section.` : ''} ${rule.fatal ? FATAL : DEFECT}`,
    docs: 'errors.md#page-problems',
  }));
