// `build --sarif` declares one rule per page problem code, taken from the registry: level
// `error` for the problems that stop a contract, `warning` for doc defects. A problem's own
// level follows whether it stopped its page.
import { PAGE_PROBLEMS } from '../foundation/problem-registry.ts';
import type { SarifRule } from '../report/sarif-log.ts';

export const BUILD_PROBLEM_RULES: readonly SarifRule[] = Object.entries(PAGE_PROBLEMS)
  .filter(([code]) => code !== 'NOT_A_CREATE_PAGE')
  .map(([code, rule]) => ({ id: code, level: rule.fatal ? 'error' : 'warning', reason: rule.meaning }));
