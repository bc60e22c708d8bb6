// The assertion message of a failed check: the path and check, then one line per failure,
// starting with the page line of the documented fact (`page:line > section > field`).
import type { CheckResult } from '../checks/check-types.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import type { PathIdentity } from './path-outcome.ts';

export function describeFailures(path: PathIdentity, result: CheckResult): string {
  // A failure not located on a page (runContractPath locates every one) still names its field.
  const lines = result.failures.map((f) => `  ${formatDiagnostic(f.where ?? { file: path.contract, ...(f.field ? { field: f.field } : {}) }, f.message, f.code)}`);
  return `${path.contract} > ${path.pathTemplate} > ${result.check}\n${lines.join('\n')}`;
}
