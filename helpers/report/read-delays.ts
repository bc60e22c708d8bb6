// How long created entities took to appear when read back (eventual consistency): over the rows
// whose entity was read and appeared, the median and the worst delay with its path, and how
// many appeared only after a 404 or never did.
import { thousands } from '../foundation/count-noun.ts';
import type { ReadEvidence } from '../gate/path-outcome.ts';

export interface ReadSummary {
  /** Entities read back that appeared (answered other than 404). */
  appeared: number;
  /** Of those, how many answered 404 first. */
  appearedLater: number;
  /** Entities still 404 at GRAPH_READ_DEADLINE_MS (READ_NOT_FOUND). */
  notFound: number;
  medianMs: number;
  worstMs: number;
  /** The path whose entity took longest to appear, when one took any time. */
  worst?: { contract: string; pathTemplate: string; resource: string; apiVersion: string };
}

interface ReadRow {
  contract: string;
  pathTemplate: string;
  resource: string;
  apiVersion: string;
  read?: ReadEvidence;
}

export function summariseReads(rows: readonly ReadRow[]): ReadSummary | undefined {
  const read = rows.filter((row): row is ReadRow & { read: ReadEvidence } => row.read !== undefined);
  if (read.length === 0) return undefined;
  const appeared = read.filter((row) => row.read.status !== 404).sort((a, b) => a.read.appearedAfterMs - b.read.appearedAfterMs);
  const delays = appeared.map((row) => row.read.appearedAfterMs);
  const last = appeared[appeared.length - 1];
  const summary: ReadSummary = {
    appeared: appeared.length,
    appearedLater: delays.filter((ms) => ms > 0).length,
    notFound: read.length - appeared.length,
    medianMs: median(delays),
    worstMs: delays[delays.length - 1] ?? 0,
  };
  if (last && last.read.appearedAfterMs > 0) summary.worst = { contract: last.contract, pathTemplate: last.pathTemplate, resource: last.resource, apiVersion: last.apiVersion };
  return summary;
}

/** `sorted` ascending; 0 for none. */
function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** "1,556 read back: 12 appeared only after a 404 (median 0 ms, worst 3,412 ms: widget beta /widgets); 1 never appeared", for the reports. */
export function readSummaryText(summary: ReadSummary): string {
  const worst = summary.worst ? `: ${summary.worst.resource} ${summary.worst.apiVersion} ${summary.worst.pathTemplate}` : '';
  const later = summary.appearedLater === 0 ? 'each at once' : `${thousands(summary.appearedLater)} only after a 404`;
  const never = summary.notFound > 0 ? `; ${thousands(summary.notFound)} never appeared (READ_NOT_FOUND)` : '';
  return `${thousands(summary.appeared)} created ${summary.appeared === 1 ? 'entity' : 'entities'} read back, ${later} (median ${thousands(summary.medianMs)} ms, worst ${thousands(summary.worstMs)} ms${worst})${never}.`;
}
