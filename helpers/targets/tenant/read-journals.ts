// Reads the journals in GRAPH_JOURNAL_DIR back (the I/O edge of the sweep): for each run, the
// entities it created and did not delete, and the creates it sent without an answer. A last
// line cut short by a kill is expected and ignored; any other line that is not a record makes
// the journal unreadable, named with its line, so a sweep never acts on half a journal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, parseJsonOrUndefined } from '../../foundation/json-object.ts';
import type { CreatedEntity } from './created-entities.ts';
import { JOURNAL_FORMAT, type IntentRecord, type JournalHeader, type JournalRecord } from './journal-records.ts';

export interface RunJournalContents {
  file: string;
  header: JournalHeader;
  /** Created and not (yet) deleted, each once. */
  entities: CreatedEntity[];
  /** Sent, no answer recorded: may or may not have created an entity. */
  unanswered: IntentRecord[];
}

export interface ReadJournals {
  journals: RunJournalContents[];
  unreadable: Array<{ file: string; reason: string }>;
}

export function readJournals(dir: string): ReadJournals {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { journals: [], unreadable: [] };
    return { journals: [], unreadable: [{ file: dir, reason: `cannot list the journal folder (GRAPH_JOURNAL_DIR): ${(error as Error).message}` }] };
  }
  const result: ReadJournals = { journals: [], unreadable: [] };
  for (const name of names) {
    const file = join(dir, name);
    try {
      result.journals.push(parseJournal(file, readFileSync(file, 'utf8')));
    } catch (error) {
      result.unreadable.push({ file, reason: (error as Error).message });
    }
  }
  return result;
}

export function parseJournal(file: string, text: string): RunJournalContents {
  const lines = text.split('\n');
  const records: JournalRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const record = parseRecord(line);
    // Only the last line may be cut short (the run died while writing it).
    if (!record && index < lines.length - 1) throw new Error(`line ${index + 1} is not a journal record: ${line.slice(0, 120)}`);
    if (record) records.push(record);
  });
  const header = records.find((r): r is JournalHeader => r.kind === 'run');
  if (!header) throw new Error('no header line (kind "run"): not a graph-contracts journal');
  if (header.format !== JOURNAL_FORMAT) throw new Error(`journal format ${String(header.format)}: this version reads format ${JOURNAL_FORMAT}`);
  const intents = new Map<number, IntentRecord>();
  const live = new Map<string, CreatedEntity>();
  for (const record of records) {
    if (record.kind === 'intent') intents.set(record.seq, record);
    else if (record.kind === 'created') {
      const intent = intents.get(record.seq);
      intents.delete(record.seq);
      if (intent) live.set(record.url, { path: intent.path, collectionUrl: intent.collectionUrl, id: record.id });
    } else if (record.kind === 'no-entity') intents.delete(record.seq);
    else if (record.kind === 'deleted') live.delete(record.url);
  }
  return { file, header, entities: [...live.values()], unanswered: [...intents.values()] };
}

const KINDS = new Set(['run', 'intent', 'created', 'no-entity', 'deleted']);

function parseRecord(line: string): JournalRecord | undefined {
  const value = parseJsonOrUndefined(line);
  return isJsonObject(value) && typeof value.kind === 'string' && KINDS.has(value.kind) ? (value as unknown as JournalRecord) : undefined;
}
