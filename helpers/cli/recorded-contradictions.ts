// `sync --recordings`: the new contracts judged against what the service answered when a
// tenant run recorded it. Two kinds of contradiction between the new docs and the service are
// listed first in the changelog: a path judged against a recorded answer that does not end as
// the baseline expects (the fields the checks name), and a response property the new docs drop
// that the service still returns. A path judged against a generated answer is the gate's own
// business: it decides pass or fail as against the mock.
import { countOf } from '../foundation/count-noun.ts';
import type { ContractReport, ReportRow } from '../report/contract-report.ts';
import { markdownCode, markdownText } from '../report/markdown-text.ts';

export interface Contradiction {
  contract: string;
  resource: string;
  pathTemplate: string;
  /** `fails`: the path does not end as the service answered; `drops`: the docs drop properties the service returns. */
  kind: 'fails' | 'drops';
  outcome: string;
  code?: string;
  /** The fields the failing checks name, or the properties dropped (sorted, unique). */
  fields: string[];
  recordedAt?: string;
}

/** `dropped`: per contract, the response properties the new docs no longer document (the diff's `response-property-removed`). */
export function recordedContradictions(report: ContractReport, dropped: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Contradiction[] {
  const out: Contradiction[] = [];
  for (const row of report.rows) {
    const judged = row.judgedAgainst;
    if (judged?.kind !== 'recorded') continue;
    const base = { contract: row.contract, resource: row.resource, pathTemplate: row.pathTemplate, outcome: row.outcome, ...(row.code ? { code: row.code } : {}), ...(judged.recordedAt ? { recordedAt: judged.recordedAt } : {}) };
    if (row.expectation === 'unexpected') out.push({ ...base, kind: 'fails', fields: failingFields(row) });
    const returned = (judged.undocumented ?? []).filter((property) => dropped.get(row.contract)?.has(property));
    if (returned.length > 0) out.push({ ...base, kind: 'drops', fields: returned });
  }
  return out;
}

/** Whether the gate failed on its own terms: a path judged against a generated answer (or none) that did not end as expected. */
export function generatedFailures(report: ContractReport): ReportRow[] {
  return report.rows.filter((row) => row.expectation === 'unexpected' && row.judgedAgainst?.kind !== 'recorded');
}

/** The changelog's first section: the contracts the recorded service contradicts, one line per path. */
/**
 * The section the changelog opens with. With a `budget` (characters), lines past it are left out
 * and counted, so the pull-request body keeps GitHub's limit; the full changelog has them all.
 */
export function contradictionsSection(contradictions: readonly Contradiction[], recordingsDir: string, budget = Number.POSITIVE_INFINITY): string {
  if (contradictions.length === 0) return '';
  const contracts = new Set(contradictions.map((c) => c.contract)).size;
  const all = contradictions.map((c) => {
    const when = c.recordedAt ? ` (answer recorded ${c.recordedAt})` : '';
    if (c.kind === 'drops') return `- ${markdownCode(c.contract)} \`${c.pathTemplate.replace(/`/g, "'")}\`: the new docs drop ${c.fields.map(markdownCode).join(', ')}, which the service still returns${when}`;
    const fields = c.fields.length > 0 ? `: ${c.fields.map(markdownCode).join(', ')}` : '';
    return `- ${markdownCode(c.contract)} \`${c.pathTemplate.replace(/`/g, "'")}\`: ${markdownText(c.outcome)}${c.code ? ` ${markdownCode(c.code)}` : ''}${fields}${when}`;
  });
  const head = [`## The recorded service contradicts ${countOf(contracts, 'contract')} (${countOf(contradictions.length, 'path')})`, '', `Judged against the answers recorded in ${markdownCode(recordingsDir)}: these paths of the new contracts do not end as the service answered them (nor as the tenant expectations list). Review them before merging.`, ''];
  const lines: string[] = [];
  let size = head.join('\n').length + 200;
  for (const line of all) {
    if (size + line.length + 1 > budget) break;
    lines.push(line);
    size += line.length + 1;
  }
  const left = all.length - lines.length;
  const note = left > 0 ? [`- … and ${countOf(left, 'more path')}: the full changelog lists every one.`] : [];
  return [...head, ...lines, ...note, '', ''].join('\n');
}

function failingFields(row: ReportRow): string[] {
  const fields = Object.values(row.checks).flatMap((cell) => (cell?.failures ?? []).flatMap((failure) => (failure.field ? [failure.field] : [])));
  return [...new Set(fields)].sort();
}
