// `build --sarif`: every problem of every page (fatal or not) as SARIF, located on the page line.
import type { JsonObject } from '../foundation/contract-types.ts';
import { sarifLog, type SarifResultInput } from '../report/sarif-log.ts';
import { BUILD_PROBLEM_RULES } from './build-problem-rules.ts';
import type { BuildSummary } from './build-contracts.ts';
import { TOOL } from './sarif-tool.ts';

export function buildSarif(summary: BuildSummary): JsonObject {
  const results: SarifResultInput[] = [];
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'skipped') continue;
    const resource = outcome.status === 'built' ? outcome.contract.resource : undefined;
    for (const problem of outcome.problems) {
      const logicalName = resource && problem.field ? `${resource}/${problem.field}` : resource;
      results.push({
        ruleId: problem.code,
        level: problem.fatal ? 'error' : 'warning',
        message: problem.message,
        file: problem.file,
        ...(problem.line ? { line: problem.line } : {}),
        ...(logicalName ? { logicalName } : {}),
      });
    }
  }
  return sarifLog(TOOL, BUILD_PROBLEM_RULES, results);
}
