// What a run created, and deleting it again: one DELETE per entity (retries aside), attempted
// for every entity even when some fail. Only a 2xx counts as deleted; a 404 means something
// else removed it already and is counted apart, so a count never claims deletions that did not
// happen.
import type { CleanupResult, RetryRecord } from '../target-types.ts';
import type { GraphClient } from './graph-client.ts';

export interface CreatedEntity {
  /** Collection path as the report shows it, e.g. `/deviceAppManagement/mobileApps/1/userStatuses`. */
  path: string;
  /** Absolute collection URL the entity was created in. */
  collectionUrl: string;
  id: string;
}

export type DeleteOutcome =
  | { entity: CreatedEntity; result: 'deleted' | 'gone'; status: number }
  | { entity: CreatedEntity; result: 'failed'; reason: string };

export interface DeleteRun {
  outcomes: DeleteOutcome[];
  retries: RetryRecord[];
}

export const entityUrl = (entity: CreatedEntity): string => `${entity.collectionUrl}/${encodeURIComponent(entity.id)}`;

export async function deleteEach(entities: readonly CreatedEntity[], client: GraphClient): Promise<DeleteRun> {
  const retries: RetryRecord[] = [];
  const outcomes = await Promise.all(
    entities.map(async (entity): Promise<DeleteOutcome> => {
      try {
        const response = await client({ method: 'DELETE', url: entityUrl(entity) });
        retries.push(...response.retries.map((r) => ({ ...r, reason: `cleanup DELETE ${entity.path}/${entity.id}: ${r.reason}` })));
        if (response.status === 204 || response.status === 200) return { entity, result: 'deleted', status: response.status };
        if (response.status === 404) return { entity, result: 'gone', status: 404 };
        return { entity, result: 'failed', reason: `DELETE answered ${response.status}: ${response.text.slice(0, 200)}` };
      } catch (error) {
        return { entity, result: 'failed', reason: `DELETE failed: ${(error as Error).message}` };
      }
    }),
  );
  return { outcomes, retries };
}

/** The counts a report shows: deleted now, already gone (absent when none), and what is left with why. */
export function cleanupResultOf({ outcomes, retries }: DeleteRun): CleanupResult {
  const gone = outcomes.filter((o) => o.result === 'gone').length;
  return {
    deleted: outcomes.filter((o) => o.result === 'deleted').length,
    ...(gone > 0 ? { alreadyGone: gone } : {}),
    leftovers: outcomes.flatMap((o) => (o.result === 'failed' ? [{ path: o.entity.path, id: o.entity.id, reason: o.reason }] : [])),
    ...(retries.length > 0 ? { retries } : {}),
  };
}
