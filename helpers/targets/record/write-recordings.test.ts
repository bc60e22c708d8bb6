// Writing a run's recordings into a folder: one file per contract and a manifest; merged with
// what the folder held (a path not run keeps its answer and its date, a skip never hides an
// answer, a path the docs dropped goes); unchanged answers leave the files' bytes alone; a
// file still holding a secret is refused. And what is written loads with nock alone.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import type { NockDefinition } from './nock-definition.ts';
import type { RecordedRun } from './recording-types.ts';
import { writeRecordings, type RecordingRunInfo } from './write-recordings.ts';

const PATH_A = '/beta/deviceAppManagement/mobileApps';
const PATH_B = '/beta/deviceAppManagement/mobileAppCategories';

function definition(path: string, status: number, response: NockDefinition['response'], method: 'POST' | 'GET' = 'POST'): NockDefinition {
  return { scope: 'https://graph.microsoft.com:443', method, path, ...(method === 'POST' ? { body: { displayName: '{run-marker} App' } } : {}), status, response, rawHeaders: { 'content-type': 'application/json' }, responseIsBinary: false };
}

function run(paths: RecordedRun['paths'], documented: Record<string, string[]>): RecordedRun {
  return { cloud: 'global', paths, contracts: Object.entries(documented).map(([name, recordedPaths]) => ({ name, recordedPaths })) };
}

const info = (day: string): RecordingRunInfo => ({ runId: `run-${day}`, date: new Date(`${day}T04:17:00Z`), suiteVersion: '0.1.0' });
const noSecrets = () => [];
const folder = () => mkdtempSync(join(tmpdir(), 'graph-contracts-recordings-'));
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('writeRecordings', () => {
  test('one file per contract, nock definitions in a fixed layout, and a manifest', () => {
    const dir = folder();
    const answer = { id: '00000000-0000-0000-0000-0000000000aa', displayName: '{run-marker} App' };
    const written = writeRecordings(dir, [run([{ name: 'beta/apps-create', pathTemplate: '/deviceAppManagement/mobileApps', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, answer), definition(`${PATH_A}/x`, 200, answer, 'GET')] }], { 'beta/apps-create': [PATH_A] })], info('2026-12-04'), noSecrets);
    expect(written).toMatchObject({ changed: ['beta/apps-create.json'], removed: [], problems: [] });
    const text = readFileSync(join(dir, 'beta/apps-create.json'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(text)[0])).toEqual(['scope', 'method', 'path', 'body', 'status', 'response', 'rawHeaders', 'responseIsBinary']);
    expect(manifestOf(dir)).toEqual({ format: 1, runId: 'run-2026-12-04', date: '2026-12-04T04:17:00.000Z', cloud: 'global', tenant: '00000000-0000-0000-0000-000000000001', suiteVersion: '0.1.0', earlier: {}, skipped: {} });
  });

  test('merged: a path not run keeps its answer and date, a skip does not hide one, a path no longer documented goes', () => {
    const dir = folder();
    const documented = { 'beta/apps-create': [PATH_A, PATH_B] };
    writeRecordings(dir, [run([
      { name: 'beta/apps-create', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a1' })] },
      { name: 'beta/apps-create', pathTemplate: 'b', recordedPath: PATH_B, definitions: [definition(PATH_B, 400, { error: { code: 'BadRequest' } })] },
      { name: 'beta/other-create', pathTemplate: 'o', recordedPath: '/beta/other', skipped: 'missing permission' },
    ], { ...documented, 'beta/other-create': ['/beta/other'] })], info('2026-12-04'), noSecrets);
    const before = readFileSync(join(dir, 'beta/apps-create.json'), 'utf8');

    // The next run answers path A anew (another answer), skips path B, and does not run beta/other-create.
    writeRecordings(dir, [run([
      { name: 'beta/apps-create', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a2' })] },
      { name: 'beta/apps-create', pathTemplate: 'b', recordedPath: PATH_B, skipped: 'throttled' },
    ], documented)], info('2026-12-05'), noSecrets);
    const after = JSON.parse(readFileSync(join(dir, 'beta/apps-create.json'), 'utf8')) as NockDefinition[];
    expect(after.map((d) => [d.path, d.status, d.response])).toEqual([[PATH_B, 400, { error: { code: 'BadRequest' } }], [PATH_A, 201, { id: 'a2' }]]);
    expect(before).not.toBe(readFileSync(join(dir, 'beta/apps-create.json'), 'utf8'));
    expect(manifestOf(dir)).toMatchObject({ earlier: { 'beta/apps-create': { [PATH_B]: '2026-12-04' } }, skipped: { 'beta/other-create': { '/beta/other': 'missing permission' } } });

    // The docs drop path B: its answer goes.
    writeRecordings(dir, [run([{ name: 'beta/apps-create', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a2' })] }], { 'beta/apps-create': [PATH_A] })], info('2026-12-06'), noSecrets);
    expect((JSON.parse(readFileSync(join(dir, 'beta/apps-create.json'), 'utf8')) as NockDefinition[]).map((d) => d.path)).toEqual([PATH_A]);
    expect(manifestOf(dir).earlier).toEqual({});
  });

  test('the same answers again change only the manifest; shards of one run write one set', () => {
    const dir = folder();
    const shard1 = run([{ name: 'beta/a-create', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a' })] }], { 'beta/a-create': [PATH_A] });
    const shard2 = run([{ name: 'beta/b-create', pathTemplate: 'b', recordedPath: PATH_B, definitions: [definition(PATH_B, 201, { id: 'b' })] }], { 'beta/b-create': [PATH_B] });
    writeRecordings(dir, [shard1, shard2], info('2026-12-04'), noSecrets);
    const files = () => Object.fromEntries(['beta/a-create.json', 'beta/b-create.json'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const first = files();
    const again = writeRecordings(dir, [shard2, shard1], info('2026-12-05'), noSecrets);
    expect(again).toMatchObject({ changed: [], unchanged: 2 });
    expect(files()).toEqual(first);
    expect(manifestOf(dir)).toMatchObject({ date: '2026-12-05T04:17:00.000Z', earlier: {} });
    expect(readdirSync(join(dir, 'beta')).sort()).toEqual(['a-create.json', 'b-create.json']);
  });

  test('a file that would hold a secret is not written, and says so with its code', () => {
    const dir = folder();
    const leaky = run([{ name: 'beta/a-create', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 400, { error: { message: 'Bearer abcdefghijklmnop' } })] }], { 'beta/a-create': [PATH_A] });
    const written = writeRecordings(dir, [leaky], info('2026-12-04'), (text) => (text.includes('abcdefghijklmnop') ? ['a bearer credential'] : []));
    expect(written.changed).toEqual([]);
    expect(written.problems).toEqual([expect.stringMatching(/beta\/a-create\.json: not written, it would hold a bearer credential \[RECORDING_SECRET\]$/)]);
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });

  test('an existing file that cannot be read is named with its code and replaced by the new recording', () => {
    const dir = folder();
    writeRecordings(dir, [run([{ name: 'a', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a' })] }], { a: [PATH_A] })], info('2026-12-04'), noSecrets);
    writeFileSync(join(dir, 'a.json'), '{ not json');
    const written = writeRecordings(dir, [run([{ name: 'a', pathTemplate: 'a', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, { id: 'a' })] }], { a: [PATH_A] })], info('2026-12-05'), noSecrets);
    expect(written.problems).toEqual([expect.stringContaining('[RECORDING_NOT_JSON]; replaced by this run\'s recording')]);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toHaveLength(1);
  });
});

describe('a recording loads with nock alone', () => {
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const recordOne = () => {
    const dir = folder();
    const answer = { '@odata.type': '#microsoft.graph.androidStoreApp', id: '00000000-0000-0000-0000-0000000000aa', displayName: '{run-marker} App' };
    writeRecordings(dir, [run([{ name: 'apps-create', pathTemplate: '/deviceAppManagement/mobileApps', recordedPath: PATH_A, definitions: [definition(PATH_A, 201, answer), definition(`${PATH_A}/00000000-0000-0000-0000-0000000000aa`, 200, answer, 'GET')] }], { 'apps-create': [PATH_A] })], info('2026-12-04'), noSecrets);
    return { dir, answer };
  };

  test('nock.load defines its interceptors: the recorded create and read-back answer as recorded', async () => {
    const { dir, answer } = recordOne();
    nock.disableNetConnect();
    const scopes = nock.load(join(dir, 'apps-create.json'));
    const created = await call('POST', PATH_A, JSON.stringify({ displayName: '{run-marker} App' }));
    expect(created).toEqual({ status: 201, type: 'application/json', body: answer });
    expect((await call('GET', `${PATH_A}/${answer.id}`)).body).toEqual(answer);
    expect(scopes.every((scope) => scope.isDone())).toBe(true);
  });

  test('nock.back plays the file back in lockdown', async () => {
    const { dir, answer } = recordOne();
    nock.back.fixtures = dir;
    nock.back.setMode('lockdown');
    const { nockDone, context } = await nock.back('apps-create.json');
    try {
      expect((await call('POST', PATH_A, JSON.stringify({ displayName: '{run-marker} App' }))).body).toEqual(answer);
      expect((await call('GET', `${PATH_A}/${answer.id}`)).status).toBe(200);
      context.assertScopesFinished();
    } finally {
      nockDone();
      nock.back.setMode('dryrun');
    }
  });
});

/** A plain node:https request to Graph's host, as any client would send it. */
function call(method: string, path: string, body?: string): Promise<{ status: number; type: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'graph.microsoft.com', method, path, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
