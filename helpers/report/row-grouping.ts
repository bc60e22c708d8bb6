// How the markdown and HTML reports order and group rows for a person: by resource and version
// (a file stem like `000_4ec4dc52e773baea` says nothing), and relaxed constraints once per contract.
import { markdownText } from './markdown-text.ts';
import type { RelaxedProperty } from '../gate/path-outcome.ts';
import type { ReportRow } from './contract-report.ts';

// One collator for every comparison: `localeCompare` with a locale or options builds a new
// collator per call, which a CPU profile of the corpus run showed as the reporter's largest
// self time (182 ms sorting 1,556 rows a few times).
const caseless = new Intl.Collator('en', { sensitivity: 'base' });
const ordered = new Intl.Collator();

/** Resource (case-insensitive), then version, then contract file, then path. */
export function byResource(a: ReportRow, b: ReportRow): number {
  return caseless.compare(a.resource, b.resource)
    || ordered.compare(a.apiVersion, b.apiVersion)
    || ordered.compare(a.contract, b.contract)
    || ordered.compare(a.pathTemplate, b.pathTemplate);
}

/** Contract -> its relaxed constraints (every path of a contract carries the same list), in resource order. */
export function relaxedByContract(rows: readonly ReportRow[]): Map<string, { row: ReportRow; relaxed: RelaxedProperty[] }> {
  const byContract = new Map<string, { row: ReportRow; relaxed: RelaxedProperty[] }>();
  for (const row of [...rows].sort(byResource)) {
    if (row.relaxed?.length && !byContract.has(row.contract)) byContract.set(row.contract, { row, relaxed: row.relaxed });
  }
  return byContract;
}

/** `uploadState: enum [0, 1, 2] not asserted; the example request sends 11 (EXAMPLE_CONTRADICTS_TABLE)`. */
export function relaxedText(entry: RelaxedProperty): string {
  const documented = Array.isArray(entry.documented)
    ? `enum [${entry.documented.join(', ')}]`
    : `range ${entry.documented.minimum ?? '…'} to ${entry.documented.maximum ?? '…'}`;
  return `${entry.property}: ${documented} not asserted; the example ${entry.contradictedBy.example} has ${JSON.stringify(entry.contradictedBy.value)} (${entry.defect})`;
}

/** `**managedAppRegistration** beta`: what a person looks for in the markdown (the file goes beside it). */
export function markdownRowName(row: ReportRow): string {
  return `**${markdownText(row.resource)}** ${row.apiVersion}`;
}
