// The replay target over recordings made by the real recorder and writer: recorded answers
// judge the paths as the service's did (a pass, a refusal, a break), a changed contract is
// judged against what the service said and the row names the request fields that differ, an
// unrecorded path is generated (or fails, strict), a recorded skip is skipped, the read-back is
// served, and nothing leaves the process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IdRegistry } from '../../checks/id-check.ts';
import { createSchemaValidator } from '../../contract/compile-schema.ts';
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';
import { SecretRedactor } from '../../foundation/redact-secrets.ts';
import type { PathOutcome } from '../../gate/path-outcome.ts';
import { runContractPath } from '../../gate/run-contract-path.ts';
import { contractFixture } from '../../testing/contract-fixture.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import { recordingTarget } from '../record/recording-target.ts';
import { createScrub } from '../record/scrub-secrets.ts';
import { writeRecordings } from '../record/write-recordings.ts';
import type { OutgoingRequest, Target, TargetResponse } from '../target-types.ts';
import { createReplayTarget } from './create-replay-target.ts';

const [PATH, USERS_PATH] = contractFixture().operation.paths as [string, string];
type Answer = (request: OutgoingRequest) => { status: number; body: JsonObject };

/** The service as recorded: how it answers each path, and which path it skipped. */
function service(answers: Record<string, Answer>, skip: string[] = []): Target {
  let n = 0;
  const respond = (status: number, body: JsonObject): TargetResponse => ({ status, headers: { 'content-type': 'application/json' }, text: JSON.stringify(body), retries: [], durationMs: 1 });
  return {
    kind: 'tenant',
    describe: () => 'recorded service',
    async prepare(contract, pathTemplate) {
      if (skip.includes(pathTemplate)) return { skip: true, reason: 'missing permission: none granted' };
      const path = pathTemplate.replace(/\{[^}]+\}/g, () => `1a2b3c4d-0000-4000-8000-00000000000${++n}`);
      return { skip: false, request: buildOutgoingRequest(contract, pathTemplate, path) };
    },
    async send(request) {
      const { status, body } = answers[request.pathTemplate]!(request);
      return respond(status, body);
    },
    async read(request) {
      const { body } = answers[request.create.pathTemplate]!(request.create);
      return { ...respond(200, { ...body, id: request.id }), url: `https://graph.microsoft.com/beta${request.create.path}/${request.id}`, appearedAfterMs: 0 };
    },
    cleanup: async () => ({ deleted: 0, leftovers: [] }),
    close: async () => undefined,
  };
}

const created: Answer = (request) => ({ status: 201, body: { ...request.body, id: crypto.randomUUID(), requestedDateTime: new Date().toISOString(), version: '3' } });
const refused: Answer = () => ({ status: 400, body: { error: { code: 'ModelValidationFailure', message: "Invalid value for property 'status'", innerError: { date: new Date().toISOString() } } } });

/** Records `contract`'s paths against `inner` (reading back what was created) into a new folder. */
async function record(contract: Contract, inner: Target): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'graph-contracts-replay-'));
  const target = recordingTarget(inner, { scrub: createScrub(new SecretRedactor(), {}), baseUrl: 'https://graph.microsoft.com', canonicalOrigin: 'https://graph.microsoft.com', markerPrefix: 'graph-contracts-', versionOf: (c) => c.apiVersion, cloud: 'global' });
  for (const pathTemplate of contract.operation.paths) {
    const prepared = await target.prepare(contract, pathTemplate);
    if (prepared.skip) continue;
    const response = await target.send(prepared.request);
    const id = (JSON.parse(response.text) as { id?: string }).id;
    if (response.status === 201 && id) await target.read({ create: prepared.request, id });
  }
  writeRecordings(dir, [target.recordings!().recorded!], { runId: 'recording-run', date: new Date('2026-12-04T04:17:00Z'), suiteVersion: '0.1.0' }, () => []);
  return dir;
}

const open: Target[] = [];
afterEach(async () => Promise.all(open.splice(0).map((target) => target.close())));

function replay(contracts: Contract[], dir: string, strict = false): Target {
  const target = createReplayTarget(contracts, { dir, strict });
  open.push(target);
  return target;
}

async function runAll(target: Target, contract: Contract): Promise<PathOutcome[]> {
  const runner = { target, ids: new IdRegistry(), schemas: createSchemaValidator() };
  const outcomes: PathOutcome[] = [];
  for (const pathTemplate of contract.operation.paths) outcomes.push(await runContractPath(runner, contract, { contract: 'fixture', resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate }));
  return outcomes;
}

const summary = (outcomes: PathOutcome[]) => outcomes.map((o) => [o.pathTemplate, o.classified.outcome, o.classified.code ?? '', o.judgedAgainst?.kind ?? '']);

describe('the replay target', () => {
  test('judges each path against the recorded answer: a pass and a refusal, as the service answered them', async () => {
    const contract = contractFixture();
    const dir = await record(contract, service({ [PATH]: created, [USERS_PATH]: refused }));
    const outcomes = await runAll(replay([contract], dir), contract);
    expect(summary(outcomes)).toEqual([[PATH, 'passed', '', 'recorded'], [USERS_PATH, 'example-refused', 'ModelValidationFailure', 'recorded']]);
    expect(outcomes[0]!.judgedAgainst).toEqual({ kind: 'recorded', recordedAt: '2026-12-04' });
  });

  test('a service that broke the contract is caught on replay: the field it dropped fails echo', async () => {
    const contract = contractFixture();
    const dropsSize: Answer = (request) => {
      const { sizeInKB: _dropped, ...rest } = request.body;
      return { status: 201, body: { ...rest, id: crypto.randomUUID(), requestedDateTime: new Date().toISOString(), version: '3' } };
    };
    const dir = await record(contract, service({ [PATH]: dropsSize, [USERS_PATH]: created }));
    const [broken] = await runAll(replay([contract], dir), contract);
    expect(summary([broken!])).toEqual([[PATH, 'contract-broken', 'ECHO_MISSING', 'recorded']]);
    expect(broken!.kind === 'ran' && broken!.checks.echo.failures.map((f) => f.field)).toEqual(['sizeInKB']);
  });

  test('a changed contract: the differing request fields are named; a field the service echoed comes back as sent now, one of another type does not, one it never returned is missing', async () => {
    const recordedContract = contractFixture();
    const dir = await record(recordedContract, service({ [PATH]: created, [USERS_PATH]: created }));
    const body = { ...recordedContract.request.example.body, status: 'Status value, reworded', sizeInKB: 'ten', notes: 'a property the older docs send' };
    const changed = contractFixture({ request: { ...recordedContract.request, example: { ...recordedContract.request.example, body } }, echo: { ...recordedContract.echo, equal: [...recordedContract.echo.equal, 'notes'] } });
    const [first] = await runAll(replay([changed], dir), changed);
    expect(first!.judgedAgainst).toEqual({ kind: 'recorded', recordedAt: '2026-12-04', requestDiffers: [{ field: 'notes', change: 'added' }, { field: 'sizeInKB', change: 'changed' }, { field: 'status', change: 'changed' }] });
    expect(first!.kind === 'ran' && first!.checks.echo.failures.map((f) => [f.code, f.field])).toEqual([['ECHO_TYPE_MISMATCH', 'sizeInKB'], ['ECHO_MISSING', 'notes']]);
  });

  test('an unrecorded path is answered by the generated mock and marked; strict fails it instead; a recorded skip is skipped', async () => {
    const contract = contractFixture();
    const dir = await record(contract, service({ [PATH]: created }, [USERS_PATH]));
    const other = contractFixture({ source: { ...contract.source, file: 'fixture/never-recorded-create.md' } });
    expect(summary(await runAll(replay([other], dir), other)).map((row) => row.slice(1))).toEqual([['passed', '', 'generated'], ['passed', '', 'generated']]);
    await open.splice(0)[0]!.close();
    const strict = await runAll(replay([other], dir, true), other);
    expect(summary(strict).map((row) => row.slice(1))).toEqual([['unavailable', 'REPLAY_NOT_RECORDED', 'not-recorded'], ['unavailable', 'REPLAY_NOT_RECORDED', 'not-recorded']]);
    await open.splice(0)[0]!.close();
    const [, skipped] = await runAll(replay([contract], dir), contract);
    expect(skipped).toMatchObject({ kind: 'skipped', reason: 'skipped when recorded (2026-12-04): missing permission: none granted', judgedAgainst: { kind: 'recorded', skippedWhenRecorded: true } });
  });

  test('read serves the recorded read-back, or the created entity when none was recorded; nothing leaves the process', async () => {
    const contract = contractFixture();
    const dir = await record(contract, service({ [PATH]: created, [USERS_PATH]: created }));
    const unrecorded = contractFixture({ source: { ...contract.source, file: 'fixture/unrecorded-create.md' } });
    const target = replay([contract, unrecorded], dir);
    const prepared = await target.prepare(contract, PATH);
    if (prepared.skip) throw new Error('expected a request');
    const answer = await target.send(prepared.request);
    const id = (JSON.parse(answer.text) as { id: string }).id;
    const read = await target.read({ create: prepared.request, id });
    expect(read).toMatchObject({ status: 200, appearedAfterMs: 0 });
    expect(read.url).toBe(`http://graph.replay.invalid/beta${prepared.request.path}/${id}`);
    expect(JSON.parse(read.text)).toMatchObject({ id, status: 'Status value' });
    const generated = await target.prepare(unrecorded, PATH);
    if (generated.skip) throw new Error('expected a request');
    const made = await target.send(generated.request);
    const generatedRead = await target.read({ create: generated.request, id: (JSON.parse(made.text) as { id: string }).id });
    expect(generatedRead.status).toBe(200);
    expect(JSON.parse(generatedRead.text)).toEqual(JSON.parse(made.text));
    await expect(fetch('https://graph.microsoft.com/beta/deviceAppManagement/mobileApps')).rejects.toThrow();
  });
});
