// `sync --recordings`: the new contracts are judged against what the service answered when a
// tenant run recorded it, and the changelog opens with the contracts the recorded service
// contradicts; paths nobody recorded are judged against the mock, as without recordings.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contractJson } from '../contract/contract-json.ts';
import type { JsonObject } from '../foundation/contract-types.ts';
import { loadContracts } from '../gate/load-contracts.ts';
import { recordedPathOf } from '../targets/record/normalise-exchange.ts';
import { writeRecordings } from '../targets/record/write-recordings.ts';
import { runCli } from '../testing/run-cli.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const MATCH = '^beta/intune-apps-(androidstoreapp|iosstoreapp)-create';

describe.skipIf(!existsSync(CORPUS))('graph-contracts sync --recordings', () => {
  test('lists first the contract whose recorded answer contradicts it, naming the field, and a property the new docs drop that the service returns; the unrecorded one is judged by the mock', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gc-sync-recordings-'));
    // What today's pages build, to record an answer of the service that dropped one field.
    expect((await runCli(['build', CORPUS, '--match', MATCH, '--out', join(work, 'built')])).code).toBe(0);
    const android = loadContracts(join(work, 'built')).contracts.find((c) => c.name === 'beta/intune-apps-androidstoreapp-create')!.contract;
    const { developer: _dropped, ...answer } = { ...android.response.example.body, ...android.request.example.body, id: '00000000-0000-0000-0000-0000000000aa', legacyProperty: 'still returned' } as JsonObject;
    // The committed contract still documents legacyProperty; today's pages do not.
    const committed = join(work, 'committed');
    cpSync(join(work, 'built'), committed, { recursive: true });
    const old = { ...android, response: { ...android.response, schema: { ...android.response.schema, properties: { ...(android.response.schema.properties as JsonObject), legacyProperty: { type: 'string' } } } } };
    writeFileSync(join(committed, 'beta/intune-apps-androidstoreapp-create.json'), contractJson(old));
    const path = recordedPathOf(android.operation.paths[0]!, 'beta');
    const recordings = join(work, 'recordings');
    writeRecordings(recordings, [{ cloud: 'global', paths: [{ name: 'beta/intune-apps-androidstoreapp-create', pathTemplate: android.operation.paths[0]!, recordedPath: path, definitions: [{ scope: 'https://graph.microsoft.com:443', method: 'POST', path, body: android.request.example.body, status: 201, response: answer, rawHeaders: { 'content-type': 'application/json' }, responseIsBinary: false }] }], contracts: [{ name: 'beta/intune-apps-androidstoreapp-create', recordedPaths: [path] }] }], { runId: 'r', date: new Date('2026-12-04T04:17:00Z'), suiteVersion: '0.1.0' }, () => []);

    const changelog = join(work, 'changelog.md');
    const outputs = join(work, 'github-output');
    const sync = await runCli(['sync', CORPUS, '--match', MATCH, '--contracts', committed, '--recordings', recordings, '--changelog', changelog, '--github-output', outputs]);
    expect(sync.stderr).toBe('');
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/^gate against the recorded answers: passed \(Contract paths: 2 .*Judged against the service's answers of 2026-12-04 .*: 1 of 2 paths; 1 against generated answers \(no recording\)/m);
    const text = readFileSync(changelog, 'utf8');
    expect(text.split('\n')[0]).toBe('## The recorded service contradicts 1 contract (2 paths)');
    expect(text).toContain('- `beta/intune-apps-androidstoreapp-create` `/deviceAppManagement/mobileApps`: contract-broken `ECHO_MISSING`: `developer` (answer recorded 2026-12-04)');
    expect(text).toContain('- `beta/intune-apps-androidstoreapp-create` `/deviceAppManagement/mobileApps`: the new docs drop `legacyProperty`, which the service still returns (answer recorded 2026-12-04)');
    expect(text).not.toMatch(/^- `beta\/intune-apps-iosstoreapp-create`/m);
    expect(readFileSync(outputs, 'utf8')).toContain('contradicted=1\n');
  }, 120_000);
});
