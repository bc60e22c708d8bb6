// What a run created, and deleting it again. Deletion is attempted for every entity even
// when some fail; a 404 counts as deleted (someone or something removed it already).
import type { CleanupResult, RetryRecord } from '../target-types.ts';
import type { GraphClient } from './graph-client.ts';

export interface CreatedEntity {
  /** Collection path as the report shows it, e.g. `/deviceAppManagement/mobileApps/1/userStatuses`. */
  path: string;
  /** Absolute collection URL the entity was created in. */
  collectionUrl: string;
  id: string;
}

export async function deleteEntities(entities: CreatedEntity[], client: GraphClient): Promise<CleanupResult> {
  const retries: RetryRecord[] = [];
  const outcomes = await Promise.all(
    entities.map(async (entity) => {
      try {
        const response = await client({ method: 'DELETE', url: `${entity.collectionUrl}/${encodeURIComponent(entity.id)}` });
        retries.push(...response.retries.map((r) => ({ ...r, reason: `cleanup DELETE ${entity.path}/${entity.id}: ${r.reason}` })));
        if (response.status === 204 || response.status === 200 || response.status === 404) return undefined;
        return { path: entity.path, id: entity.id, reason: `DELETE answered ${response.status}: ${response.text.slice(0, 200)}` };
      } catch (error) {
        return { path: entity.path, id: entity.id, reason: `DELETE failed: ${(error as Error).message}` };
      }
    }),
  );
  const leftovers = outcomes.filter((o): o is CleanupResult['leftovers'][number] => o !== undefined);
  return { deleted: entities.length - leftovers.length, leftovers, ...(retries.length > 0 ? { retries } : {}) };
}
