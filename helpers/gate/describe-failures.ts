// The assertion message of a failed check: where, which check, then field, sent, received.
import type { CheckResult } from '../checks/check-types.ts';
import type { PathIdentity } from './path-outcome.ts';

export function describeFailures(where: PathIdentity, result: CheckResult): string {
  const lines = result.failures.map((f) => `  [${f.code}]${f.field ? ` ${f.field}:` : ''} ${f.message}`);
  return `${where.contract} > ${where.pathTemplate} > ${result.check}\n${lines.join('\n')}`;
}
