// What the reports show of a read beside its cell, and what they call a failure's two values:
// the echo compares what was sent with what came back, the read what the create answered with
// what reading the entity back gave.
import type { CheckName } from '../checks/check-types.ts';
import type { ReadEvidence } from '../gate/path-outcome.ts';

/** `3.4 s` (or `250 ms`) when the entity appeared only after a 404; undefined when at once or never. */
export function appearedText(row: { read?: ReadEvidence }): string | undefined {
  const read = row.read;
  if (!read || read.status === 404 || read.appearedAfterMs <= 0) return undefined;
  return read.appearedAfterMs < 1_000 ? `${read.appearedAfterMs} ms` : `${(read.appearedAfterMs / 1_000).toFixed(1)} s`;
}

export function valueLabels(check: CheckName): [before: string, after: string] {
  return check === 'read' ? ['created', 'read'] : ['sent', 'received'];
}
