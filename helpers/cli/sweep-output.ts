// What `graph-contracts sweep` prints: one line of counts (only real deletions counted as
// deleted), one of what was searched, one of the journals, then every entity left and every
// thing that could not be reached, each with why. The exit code follows the same facts.
import { countOf } from '../foundation/count-noun.ts';
import type { SweepResult } from '../targets/tenant/sweep-leftovers.ts';

export function renderSweep(result: SweepResult, tenantId: string, markerPrefix: string): string {
  const { deletedBy, journals } = result;
  const notScanned = countBy(result.notScanned.map((entry) => entry.kind));
  const lines = [
    `Swept tenant ${tenantId}: deleted ${result.deleted} (${deletedBy.journal} listed in run journals, ${deletedBy.marker} found by the marker "${markerPrefix}", ${deletedBy.fields} found by the fields an unanswered create sent); ${result.alreadyGone} already gone; ${result.leftovers.length} could not be deleted; ${result.unreachable.length} could not be reached.`,
    `Listed ${countOf(result.scanned.length, 'collection')}, each once` +
      (result.notScanned.length > 0
        ? `; not searched by marker: ${Object.entries(notScanned).map(([kind, n]) => `${n} ${NOT_SCANNED[kind as keyof typeof NOT_SCANNED]}`).join(', ')} (what runs create there is found through their journals).`
        : '.'),
    `Journals: ${journals.read} read, ${journals.removed} removed (nothing of theirs left), ${journals.kept.length} kept, ${journals.skipped.length} skipped.`,
    ...result.leftovers.map((left) => `  left: ${left.path}/${left.id}: ${left.reason}`),
    ...result.unreachable.map((entry) => `  not reached: ${entry.what}: ${entry.reason}`),
    ...result.notScanned.filter((entry) => entry.kind === 'not-listed').map((entry) => `  not listed: ${entry.path}: ${entry.reason}`),
    ...journals.kept.map((file) => `  kept: ${file} (what it lists is not all gone; the next sweep tries again)`),
    ...journals.skipped.map((entry) => `  skipped: ${entry.file}: ${entry.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** 0 nothing left that could be found; 1 an entity is left, or something may be left where the sweep could not look. */
export function sweepExitCode(result: SweepResult): number {
  return result.leftovers.length > 0 || result.unreachable.length > 0 ? 1 : 0;
}

const NOT_SCANNED = {
  'no-marker': 'of contracts with no marker field',
  permission: 'without a permission the token holds',
  parameter: 'with a path parameter that has no value',
  'not-listed': 'that could not be listed',
} as const;

function countBy(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
