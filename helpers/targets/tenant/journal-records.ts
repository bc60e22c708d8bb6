// The lines of a run's journal (run-journal.ts writes them, read-journals.ts reads them back):
// JSON Lines, one record per line, appended as the run goes, so whatever kills the run, the
// journal says what it may have created. A create is two records: `intent` before the POST
// leaves (the collection, and how to find the entity should the answer never arrive), then
// `created` (id and URL) or `no-entity` once the answer is in. Deletions are recorded too, so a
// sweep does not send a DELETE the run's own cleanup already sent.
import type { JsonValue } from '../../foundation/contract-types.ts';

export const JOURNAL_FORMAT = 1;

/** The first line: whose run, where, and how to tell it is still going. */
export interface JournalHeader {
  kind: 'run';
  format: typeof JOURNAL_FORMAT;
  /** Tenant (from the token) and Graph host the run wrote to: a sweep acts only on its own. */
  tenantId: string;
  graphBaseUrl: string;
  /** The run's marker value (`<GRAPH_MARKER_PREFIX><run time> `). */
  marker: string;
  host: string;
  pid: number;
  startedAt: string;
}

/**
 * How to find what a create made if its answer never came: by its marker, or, for a contract
 * with no marker field, by the scalar fields it sent (a member of that collection holding all
 * of them, as sent).
 */
export type FindBy = { marker: { field: string; value: string } } | { fields: Record<string, string | number | boolean> };

export interface IntentRecord {
  kind: 'intent';
  seq: number;
  /** Collection path as reports show it, e.g. `/deviceAppManagement/mobileApps/1/assignments`. */
  path: string;
  collectionUrl: string;
  find: FindBy;
  at: string;
}

export interface CreatedRecord {
  kind: 'created';
  seq: number;
  id: string;
  /** `{collectionUrl}/{id}`: what the DELETE goes to. */
  url: string;
}

export interface NoEntityRecord {
  kind: 'no-entity';
  seq: number;
  /** The answer's status (not 2xx, or 2xx without an id). */
  status: number;
}

export interface DeletedRecord {
  kind: 'deleted';
  url: string;
  /** 204/200 deleted now, 404 already gone. */
  status: number;
}

export type JournalRecord = JournalHeader | IntentRecord | CreatedRecord | NoEntityRecord | DeletedRecord;

export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** The top-level scalar fields of a sent body, `@odata.type` aside: what a body match compares. */
export function scalarFields(body: Record<string, JsonValue>): Record<string, string | number | boolean> {
  const fields: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@') || name === 'id') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = value;
  }
  return fields;
}
