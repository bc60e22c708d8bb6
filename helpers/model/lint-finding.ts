import type { LintCode, Severity } from './lint-rules.ts';

/** One finding about one contract, located on its page. */
export interface LintFinding {
  code: LintCode;
  severity: Severity;
  message: string;
  /** The page, as in the contract's `source.file`. */
  file: string;
  /** The page line of the documented fact, when the contract records it. */
  line?: number;
  /** The page section the documented fact is in (`Properties`, `HTTP request`). */
  section?: string;
  resource: string;
  property?: string;
  /** Labels of the models (clouds, versions) the finding holds for. */
  models: string[];
}

/** `<resource>/<property>`, or `<resource>` for a finding about the whole contract. */
export function logicalName(finding: Pick<LintFinding, 'resource' | 'property'>): string {
  return finding.property ? `${finding.resource}/${finding.property}` : finding.resource;
}
