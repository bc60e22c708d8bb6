// `sync --recordings`: the new contracts judged against what the service answered when a
// tenant run recorded it. A path judged against a recorded answer that does not end as the
// baseline expects is a contradiction between the new docs and the service: listed first in the
// changelog, each with the fields the checks name and the day the answer was recorded. A path
// judged against a generated answer is the gate's own business: it decides pass or fail as
// against the mock.
import type { ContractReport, ReportRow } from '../report/contract-report.ts';
import { markdownCode, markdownText } from '../report/markdown-text.ts';

export interface Contradiction {
  contract: string;
  resource: string;
  pathTemplate: string;
  outcome: string;
  code?: string;
  /** The fields the failing checks name (sorted, unique). */
  fields: string[];
  recordedAt?: string;
}

export function recordedContradictions(report: ContractReport): Contradiction[] {
  return report.rows.filter((row) => row.judgedAgainst?.kind === 'recorded' && row.expectation === 'unexpected').map((row) => ({
    contract: row.contract,
    resource: row.resource,
    pathTemplate: row.pathTemplate,
    outcome: row.outcome,
    ...(row.code ? { code: row.code } : {}),
    fields: failingFields(row),
    ...(row.judgedAgainst?.kind === 'recorded' && row.judgedAgainst.recordedAt ? { recordedAt: row.judgedAgainst.recordedAt } : {}),
  }));
}

/** Whether the gate failed on its own terms: a path judged against a generated answer (or none) that did not end as expected. */
export function generatedFailures(report: ContractReport): ReportRow[] {
  return report.rows.filter((row) => row.expectation === 'unexpected' && row.judgedAgainst?.kind !== 'recorded');
}

/** The changelog's first section: the contracts the recorded service contradicts, one line per path. */
export function contradictionsSection(contradictions: readonly Contradiction[], recordingsDir: string): string {
  if (contradictions.length === 0) return '';
  const contracts = new Set(contradictions.map((c) => c.contract)).size;
  const lines = contradictions.map((c) => {
    const fields = c.fields.length > 0 ? `: ${c.fields.map(markdownCode).join(', ')}` : '';
    return `- ${markdownCode(c.contract)} \`${c.pathTemplate.replace(/`/g, "'")}\`: ${markdownText(c.outcome)}${c.code ? ` ${markdownCode(c.code)}` : ''}${fields}${c.recordedAt ? ` (answer recorded ${c.recordedAt})` : ''}`;
  });
  return [`## The recorded service contradicts ${contracts} contract(s) (${contradictions.length})`, '', `Judged against the answers recorded in ${markdownCode(recordingsDir)}: these paths of the new contracts do not end as the service answered them (nor as the tenant expectations list). Review them before merging.`, '', ...lines, '', ''].join('\n');
}

function failingFields(row: ReportRow): string[] {
  const fields = Object.values(row.checks).flatMap((cell) => (cell?.failures ?? []).flatMap((failure) => (failure.field ? [failure.field] : [])));
  return [...new Set(fields)].sort();
}
