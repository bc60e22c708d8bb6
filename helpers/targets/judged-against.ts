// What answered a contract path on the replay target (GRAPH_TARGET=replay), carried with the
// path into every report: the service's recorded answer (and how old it is), or the answer the
// generated mock would give because nothing was recorded for the path.

/** A top-level field the request sends now differently from the recorded request. */
export interface RequestDifference {
  field: string;
  /** `added`: sent now, not when recorded; `removed`: sent when recorded, not now; `changed`: another value. */
  change: 'added' | 'removed' | 'changed';
}

export type JudgedAgainst =
  | {
      kind: 'recorded';
      /** The date (YYYY-MM-DD) of the run that recorded this path; absent when the manifest does not say. */
      recordedAt?: string;
      /** How the request sent now differs from the recorded one; absent when it does not. */
      requestDiffers?: RequestDifference[];
      /**
       * Top-level properties the service answered the create with that the contract does not
       * document. Data for `sync` (a property the new docs drop that the service returns), not
       * listed in the human reports: a real service answers many properties its docs leave out.
       */
      undocumented?: string[];
      /** The recorded run skipped this path (its reason is the skip reason): nothing was sent then either. */
      skippedWhenRecorded?: true;
    }
  | {
      kind: 'generated';
      /** Why no recorded answer: none was made for this path, or its file was set aside (with the code). */
      why: string;
    }
  | {
      /** GRAPH_REPLAY_STRICT=true and no recorded answer: the path fails instead of being generated. */
      kind: 'not-recorded';
      why: string;
    };

/** "recorded 2026-12-04", "generated (no recording)": how a report names what judged a path. */
export function describeJudgedAgainst(judged: JudgedAgainst): string {
  if (judged.kind === 'recorded') return `recorded${judged.recordedAt ? ` ${judged.recordedAt}` : ''}${judged.skippedWhenRecorded ? ' (skipped then)' : ''}`;
  return `${judged.kind === 'generated' ? 'generated' : 'not recorded'} (${judged.why})`;
}

/** "the request differs from the recorded one: displayName (changed), notes (added)", the first `limit` named. */
export function describeRequestDifferences(differences: readonly RequestDifference[], limit = Number.POSITIVE_INFINITY): string {
  const named = differences.slice(0, limit).map((d) => `${d.field} (${d.change})`);
  const more = differences.length > named.length ? `, and ${differences.length - named.length} more` : '';
  return `the request differs from the recorded one: ${named.join(', ')}${more}`;
}
