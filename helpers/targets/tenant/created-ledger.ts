// What a tenant run has created, kept twice: in memory, for the run's own cleanup, and in its
// journal on disk (run-journal.ts), for `graph-contracts sweep` should the run never get to
// that cleanup. Each create is written down before it is sent and again once answered.
import { parseJsonOrUndefined } from '../../foundation/json-object.ts';
import { readCreatedId } from '../../foundation/created-id.ts';
import type { CleanupResult, OutgoingRequest, TargetResponse } from '../target-types.ts';
import { cleanupResultOf, deleteEach, type CreatedEntity } from './created-entities.ts';
import type { GraphClient } from './graph-client.ts';
import { scalarFields, type FindBy } from './journal-records.ts';
import { markerField } from './marker.ts';
import type { RunJournal } from './run-journal.ts';

export interface CreatedLedger {
  /** Before the POST to `collectionUrl`: the journal's intent, flushed (throws if it cannot be written). */
  intent(request: OutgoingRequest, collectionUrl: string): number;
  /** The POST's answer: an entity the service says it created (any 2xx with an id) is kept for cleanup. */
  answered(seq: number, request: OutgoingRequest, collectionUrl: string, response: Pick<TargetResponse, 'status' | 'text'>): void;
  /** Deletes everything created so far; the journal goes once nothing is left. */
  cleanup(client: GraphClient): Promise<CleanupResult>;
  /** Entities created and not yet deleted. */
  size(): number;
  close(): void;
}

export function createLedger(journal: RunJournal, runMarker: string): CreatedLedger {
  const created: CreatedEntity[] = [];
  return {
    intent(request, collectionUrl) {
      return journal.intent(request.path, collectionUrl, findBy(request, runMarker));
    },
    answered(seq, request, collectionUrl, response) {
      const read = response.status >= 200 && response.status < 300 ? readCreatedId(parseJsonOrUndefined(response.text)) : undefined;
      if (read?.kind !== 'id') return journal.noEntity(seq, response.status);
      const entity = { path: request.path, collectionUrl, id: read.id };
      // In memory first: should the journal line fail, the run's own cleanup still deletes it.
      if (!created.some((e) => e.id === entity.id && e.collectionUrl === collectionUrl)) created.push(entity);
      journal.created(seq, entity);
    },
    async cleanup(client) {
      const run = await deleteEach(created.splice(0), client);
      for (const outcome of run.outcomes) if (outcome.result !== 'failed') journal.deleted(outcome.entity, outcome.status);
      journal.close();
      const result = cleanupResultOf(run);
      const kept = journal.file();
      if (kept) result.leftovers = result.leftovers.map((left) => ({ ...left, reason: `${left.reason}; its journal ${kept} keeps it for "graph-contracts sweep"` }));
      // A create whose answer never came may have made an entity: the journal stays for the sweep.
      const unanswered = journal.unanswered().map((intent) => ({
        path: intent.path,
        id: '(unknown)',
        reason: `the create sent at ${intent.at} got no answer, so it may have made an entity; its journal ${journal.file()} is kept: run "graph-contracts sweep"`,
      }));
      return unanswered.length > 0 ? { ...result, leftovers: [...result.leftovers, ...unanswered] } : result;
    },
    size: () => created.length,
    close: () => journal.close(),
  };
}

/** How a sweep finds the entity should the answer never come: the run's marker, or the fields sent. */
function findBy(request: OutgoingRequest, runMarker: string): FindBy {
  const field = markerField(request.contract);
  const value = field ? request.body[field] : undefined;
  if (field && typeof value === 'string' && value.startsWith(runMarker)) return { marker: { field, value: runMarker } };
  return { fields: scalarFields(request.body) };
}
