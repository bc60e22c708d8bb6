// Deletes what earlier runs left behind (killed before their cleanup: SIGKILL, a lost runner):
// 1. exactly the entities the runs' journals list (GRAPH_JOURNAL_DIR), whatever their contract;
// 2. then, for what no journal names (a journal lost with its machine), the members of each
//    sweepable collection whose marker field starts with GRAPH_MARKER_PREFIX;
// 3. and for a create a journal shows sent but never answered, on a contract with no marker
//    field, the members of its collection holding every field it sent.
// Each collection is listed once and each entity deleted once: DELETEs spend the write budget.
// Only a 2xx counts as deleted (404: already gone, counted apart); whatever may exist but could
// not be reached is returned with why. A journal is removed once nothing it lists is left.
import { countOf } from '../../foundation/count-noun.ts';
import { appendFileSync, rmSync } from 'node:fs';
import type { Contract } from '../../foundation/contract-types.ts';
import type { CleanupResult, RetryRecord } from '../target-types.ts';
import { listCollection, type Listing, type Member } from './collection-listing.ts';
import { deleteEach, entityUrl, type CreatedEntity, type DeleteOutcome } from './created-entities.ts';
import { journalLine, type IntentRecord, type JournalHeader } from './journal-records.ts';
import { markerField } from './marker.ts';
import { permissionSkipReason } from './permission-gate.ts';
import { readJournals, type RunJournalContents } from './read-journals.ts';
import { runIsGoing } from './run-is-going.ts';
import type { TenantSession } from './tenant-session.ts';

export type FoundBy = 'journal' | 'marker' | 'fields';

export interface SweepResult {
  /** DELETEs answered 2xx, in all. */
  deleted: number;
  deletedBy: Record<FoundBy, number>;
  /** DELETEs answered 404: something else had removed the entity. */
  alreadyGone: number;
  /** Entities found that could not be deleted, each with why. */
  leftovers: CleanupResult['leftovers'];
  /** What may still exist but could not be searched for or read, each with why. */
  unreachable: Array<{ what: string; reason: string }>;
  retries: RetryRecord[];
  /** Collections listed, each once. */
  scanned: string[];
  /** Collections of the contracts not searched by marker, and why (an entity there is found only through a journal). */
  notScanned: Array<{ path: string; kind: 'no-marker' | 'permission' | 'parameter' | 'not-listed'; reason: string }>;
  journals: { read: number; removed: number; kept: string[]; skipped: Array<{ file: string; reason: string }> };
}

export interface SweepOptions {
  /** Default: the session's GRAPH_JOURNAL_DIR. */
  journalDir?: string;
  /** Whether the run that wrote a journal is still going (its journal and marked entities are left alone). */
  isRunning?: (header: JournalHeader) => boolean;
}

interface Collection {
  path: string;
  url: string;
  fields: Set<string>;
  /** Unanswered creates that made this collection worth searching (an unlisted one is then unreachable). */
  intents: IntentRecord[];
}

export async function sweepLeftovers(session: TenantSession, contracts: readonly Contract[], options: SweepOptions = {}): Promise<SweepResult> {
  const { markerPrefix, graphBaseUrl } = session.config;
  const isRunning = options.isRunning ?? runIsGoing;
  const result: SweepResult = { deleted: 0, deletedBy: { journal: 0, marker: 0, fields: 0 }, alreadyGone: 0, leftovers: [], unreachable: [], retries: [], scanned: [], notScanned: [], journals: { read: 0, removed: 0, kept: [], skipped: [] } };

  const read = readJournals(options.journalDir ?? session.config.journalDir);
  for (const bad of read.unreadable) result.unreachable.push({ what: `journal ${bad.file}`, reason: `${bad.reason}; what it lists was not swept (fix or remove the file)` });
  const mine: RunJournalContents[] = [];
  const liveMarkers: string[] = [];
  for (const journal of read.journals) {
    const { header } = journal;
    if (header.tenantId !== session.tenantId || header.graphBaseUrl !== graphBaseUrl) {
      result.journals.skipped.push({ file: journal.file, reason: `written by a run on tenant ${header.tenantId} at ${header.graphBaseUrl}: sweep with that tenant's settings` });
    } else if (isRunning(header)) {
      liveMarkers.push(header.marker);
      result.journals.skipped.push({ file: journal.file, reason: `its run is still going (pid ${header.pid} on ${header.host}, started ${header.startedAt})` });
    } else mine.push(journal);
  }
  result.journals.read = mine.length;

  const outcomes = new Map<string, DeleteOutcome>();
  const sweep = async (entities: CreatedEntity[], by: FoundBy): Promise<void> => {
    const fresh = uniqueByUrl(entities).filter((entity) => !outcomes.has(entityUrl(entity)));
    const run = await deleteEach(fresh, session.client);
    result.retries.push(...run.retries);
    for (const outcome of run.outcomes) {
      outcomes.set(entityUrl(outcome.entity), outcome);
      if (outcome.result === 'failed') result.leftovers.push({ path: outcome.entity.path, id: outcome.entity.id, reason: outcome.reason });
      else if (outcome.result === 'deleted') result.deletedBy[by]++;
      else result.alreadyGone++;
    }
  };

  // 1. Exactly what the journals list.
  await sweep(mine.flatMap((journal) => journal.entities), 'journal');

  // 2. By marker: each sweepable collection of the contracts, and those of unanswered marked creates.
  const collections = new Map<string, Collection>();
  const addCollection = (path: string, url: string, field: string, intent?: IntentRecord): void => {
    const entry = collections.get(url) ?? { path, url, fields: new Set<string>(), intents: [] };
    entry.fields.add(field);
    if (intent) entry.intents.push(intent);
    collections.set(url, entry);
  };
  for (const contract of contracts) {
    const field = markerField(contract);
    for (const template of contract.operation.paths) {
      if (!field) {
        result.notScanned.push({ path: template, kind: 'no-marker', reason: `${contract.resource} has no marker field` });
        continue;
      }
      const denied = permissionSkipReason(contract, session.claims);
      if (denied) {
        result.notScanned.push({ path: template, kind: 'permission', reason: denied });
        continue;
      }
      const resolved = await session.parameters.resolve(template, session.baseUrlFor(contract));
      result.retries.push(...resolved.retries);
      if (!resolved.ok) result.notScanned.push({ path: template, kind: 'parameter', reason: resolved.reason });
      else addCollection(resolved.path, `${session.baseUrlFor(contract)}${resolved.path}`, field);
    }
  }
  const unanswered = mine.flatMap((journal) => journal.unanswered);
  for (const intent of unanswered) if ('marker' in intent.find) addCollection(intent.path, intent.collectionUrl, intent.find.marker.field, intent);
  const searched = new Set<IntentRecord>();
  const marked: CreatedEntity[] = [];
  for (const collection of collections.values()) {
    const listing = await list(session, `${collection.url}?$select=id,${[...collection.fields].join(',')}`, result);
    if (!noteUnlisted(listing, collection.path, collection.intents, result)) continue;
    result.scanned.push(collection.path);
    collection.intents.forEach((intent) => searched.add(intent));
    for (const member of listing.members) {
      const id = member.id;
      const marks = [...collection.fields].map((field) => member[field]).filter((mark): mark is string => typeof mark === 'string');
      if (typeof id === 'string' && marks.some((mark) => mark.startsWith(markerPrefix) && !liveMarkers.some((live) => mark.startsWith(live)))) {
        marked.push({ path: collection.path, collectionUrl: collection.url, id });
      }
    }
  }
  await sweep(marked, 'marker');

  // 3. By the fields sent: unanswered creates of contracts with no marker field.
  const byFields = new Map<string, IntentRecord[]>();
  for (const intent of unanswered) if ('fields' in intent.find) byFields.set(intent.collectionUrl, [...(byFields.get(intent.collectionUrl) ?? []), intent]);
  const matched: CreatedEntity[] = [];
  for (const [url, intents] of byFields) {
    const path = intents[0]!.path;
    const listing = await list(session, url, result);
    if (!noteUnlisted(listing, path, intents, result)) continue;
    result.scanned.push(path);
    for (const intent of intents) {
      const fields = 'fields' in intent.find ? Object.entries(intent.find.fields) : [];
      if (fields.length === 0) {
        result.unreachable.push({ what: `a create sent to ${path} at ${intent.at} without an answer`, reason: 'its contract has no marker field and it sent no field to recognise it by: check that collection by hand' });
        continue;
      }
      searched.add(intent);
      for (const member of listing.members) if (holdsAll(member, fields) && typeof member.id === 'string') matched.push({ path, collectionUrl: url, id: member.id });
    }
  }
  await sweep(matched, 'fields');

  result.deleted = result.deletedBy.journal + result.deletedBy.marker + result.deletedBy.fields;
  for (const journal of mine) settleJournal(journal, outcomes, searched, result);
  return result;
}

async function list(session: TenantSession, url: string, result: SweepResult): Promise<Listing> {
  const listing = await listCollection(session.client, url);
  result.retries.push(...listing.retries);
  return listing;
}

/** False when the collection could not be listed (noted as such): true with its members otherwise. */
function noteUnlisted(listing: Listing, path: string, intents: IntentRecord[], result: SweepResult): listing is Extract<Listing, { ok: true }> {
  if (!listing.ok) {
    if (intents.length > 0) result.unreachable.push({ what: `${countOf(intents.length, 'create')} sent to ${path} without an answer`, reason: `the collection could not be searched: ${listing.reason}` });
    else result.notScanned.push({ path, kind: 'not-listed', reason: listing.reason });
    return false;
  }
  if (listing.truncated) result.unreachable.push({ what: `members of ${path} past the first ${listing.members.length}`, reason: 'the collection has more pages than a sweep lists; they were not searched' });
  return true;
}

/** Removes a journal once nothing it lists may be left; otherwise records what this sweep deleted in it and keeps it. */
function settleJournal(journal: RunJournalContents, outcomes: Map<string, DeleteOutcome>, searched: Set<IntentRecord>, result: SweepResult): void {
  const done = journal.entities.map((entity) => outcomes.get(entityUrl(entity))).filter((o): o is Extract<DeleteOutcome, { status: number }> => o !== undefined && o.result !== 'failed');
  const settled = done.length === journal.entities.length && journal.unanswered.every((intent) => searched.has(intent));
  if (settled) {
    rmSync(journal.file, { force: true });
    result.journals.removed++;
    return;
  }
  if (done.length > 0) appendFileSync(journal.file, done.map((o) => journalLine({ kind: 'deleted', url: entityUrl(o.entity), status: o.status })).join(''));
  result.journals.kept.push(journal.file);
}

function holdsAll(member: Member, fields: Array<[string, string | number | boolean]>): boolean {
  return fields.every(([name, value]) => member[name] === value);
}

function uniqueByUrl(entities: CreatedEntity[]): CreatedEntity[] {
  return [...new Map(entities.map((entity) => [entityUrl(entity), entity])).values()];
}
