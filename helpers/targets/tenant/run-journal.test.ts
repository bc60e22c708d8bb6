// The journal says what a run may have created at every moment: each line is on disk before
// the run goes on (the intent before the POST leaves), it reads back into what is left, a line
// cut short by a kill is ignored, and the file goes once nothing it lists is left.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJournal, readJournals } from './read-journals.ts';
import { openRunJournal } from './run-journal.ts';

const RUN = { tenantId: 'tenant-1', graphBaseUrl: 'https://graph.example', marker: 'gc-20261205T101010 ' };
const COLLECTION = 'https://graph.example/beta/deviceAppManagement/mobileApps/app-1/assignments';
const entity = (id: string) => ({ path: '/deviceAppManagement/mobileApps/app-1/assignments', collectionUrl: COLLECTION, id });

describe('the run journal', () => {
  it('is on disk line by line: the intent before the create is sent, then its id and URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-journal-'));
    const journal = openRunJournal(dir, RUN);
    expect([journal.file(), readJournals(dir).journals]).toEqual([undefined, []]);

    const seq = journal.intent(entity('x').path, COLLECTION, { fields: { intent: 'apply' } });
    const file = journal.file()!;
    // Read from disk now, as a sweep after a SIGKILL here would.
    expect(parseJournal(file, readFileSync(file, 'utf8'))).toMatchObject({ header: { kind: 'run', ...RUN, pid: process.pid }, entities: [], unanswered: [{ seq, collectionUrl: COLLECTION, find: { fields: { intent: 'apply' } } }] });

    journal.created(seq, entity('a/1'));
    expect(readJournals(dir).journals).toMatchObject([{ entities: [entity('a/1')], unanswered: [] }]);
    expect(readFileSync(file, 'utf8')).toContain(`"url":"${COLLECTION}/a%2F1"`);
  });

  it('goes once everything it lists is deleted, and stays while anything may be left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-journal-'));
    const journal = openRunJournal(dir, RUN);
    journal.created(journal.intent('/a', COLLECTION, { marker: { field: 'displayName', value: RUN.marker } }), entity('1'));
    journal.noEntity(journal.intent('/a', COLLECTION, { fields: {} }), 400);
    const unanswered = journal.intent('/a', COLLECTION, { fields: { name: 'n' } });
    journal.deleted(entity('1'), 204);
    journal.close();
    const file = journal.file()!;
    expect(readJournals(dir).journals).toMatchObject([{ file, entities: [], unanswered: [{ seq: unanswered }] }]);
    expect(journal.unanswered().map((intent) => intent.seq)).toEqual([unanswered]);

    const done = openRunJournal(dir, RUN);
    done.created(done.intent('/a', COLLECTION, { fields: {} }), entity('2'));
    done.deleted(entity('2'), 404);
    const doneFile = done.file()!;
    done.close();
    expect([existsSync(doneFile), existsSync(file)]).toEqual([false, true]);
  });

  it('ignores a last line cut short by a kill, but not a bad line before it', () => {
    const header = JSON.stringify({ kind: 'run', format: 1, ...RUN, host: 'h', pid: 1, startedAt: 'now' });
    const intent = JSON.stringify({ kind: 'intent', seq: 1, path: '/a', collectionUrl: COLLECTION, find: { fields: {} }, at: 'now' });
    expect(parseJournal('j.jsonl', `${header}\n${intent}\n{"kind":"created","se`).unanswered).toHaveLength(1);
    expect(() => parseJournal('j.jsonl', `${header}\n{"kind":"created","se\n${intent}\n`)).toThrow('line 2 is not a journal record');
    expect(() => parseJournal('j.jsonl', `${intent}\n`)).toThrow('no header line');
  });

  it('refuses to let a create go out when it cannot write it down', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-journal-'));
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const journal = openRunJournal(notAFolder, RUN);
    expect(() => journal.intent('/a', COLLECTION, { fields: {} })).toThrow(expect.objectContaining({ code: 'JOURNAL_UNWRITABLE', message: expect.stringContaining(`${notAFolder}/`) }));
  });
});
