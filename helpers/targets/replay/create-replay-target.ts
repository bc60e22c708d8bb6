// GRAPH_TARGET=replay: each contract path is answered with what the service answered when a
// tenant run recorded it (RECORDINGS_DIR), through nock, so nothing leaves the process. A
// recording is found by contract, method and path template, never by the exact body: the point
// is to judge a changed contract against what the service said. A path with no recording is
// answered as the generated mock would answer it and marked `generated` (or, with
// GRAPH_REPLAY_STRICT=true, fails); a path the recording run skipped is skipped again.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createSchemaValidator, type SchemaValidator } from '../../contract/compile-schema.ts';
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { fillPathTemplate } from '../../foundation/path-template.ts';
import type { JudgedAgainst } from '../judged-against.ts';
import { answerRequest } from '../mock/answer-request.ts';
import { interceptOrigin } from '../mock/intercept-origin.ts';
import { systemClock } from '../mock/mock-clock.ts';
import { MockRoutes } from '../mock/mock-routes.ts';
import { prepareMockRequest } from '../mock/prepare-mock-request.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockClock, type MockRequest } from '../mock/mock-types.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import type { RecordedExchange } from '../record/recording-file.ts';
import { lookupPath, recordedOn } from '../record/recording-manifest.ts';
import { recordedPathOf } from '../record/normalise-exchange.ts';
import { recordingName } from '../record/recording-target.ts';
import { sendWithSupertest } from '../send-with-supertest.ts';
import type { OutgoingRequest, ReadRequest, ReadResponse, Target, TargetResponse } from '../target-types.ts';
import type { BodyOverrides } from '../tenant/body-overrides.ts';
import { RecordedAnswers } from './recorded-answers.ts';
import { ReplayNotRecordedError } from './replay-errors.ts';
import { echoedNow, recordedParameters, replayBody, requestDifferences, undocumentedProperties, withEchoed } from './replay-request.ts';

export interface ReplayOptions {
  /** RECORDINGS_DIR. */
  dir: string;
  /** GRAPH_REPLAY_STRICT: a path with no recording fails instead of being generated. */
  strict: boolean;
  /** GRAPH_BODY_OVERRIDES_FILE's overrides, when the recording run had them. */
  overrides?: BodyOverrides;
  /** A reserved `.invalid` host by default, as the mock's: nothing could ever answer it but nock. */
  origin?: string;
  schemas?: SchemaValidator;
  clock?: MockClock;
}

export const DEFAULT_REPLAY_ORIGIN = 'http://graph.replay.invalid';
/** What a real client adds inside its own HTTP layer, as the mock adds one. */
const REPLAY_AUTHORIZATION = 'Bearer replay-token';

/** How one prepared path is answered. */
interface PathPlan {
  contract: Contract;
  pathTemplate: string;
  /** The recorded exchange, when there is one. */
  recorded?: RecordedExchange;
  /** Fields of the request now that the recorded service echoed (replay-request.ts). */
  echoed: JsonObject;
  /** GRAPH_REPLAY_STRICT and nothing recorded: the send fails with this. */
  notRecorded?: string;
  /** What the create was answered, for a read-back nobody recorded. */
  created?: { headers: Record<string, string>; text: string };
}

export function createReplayTarget(contracts: readonly Contract[], options: ReplayOptions): Target {
  const origin = options.origin ?? DEFAULT_REPLAY_ORIGIN;
  const answers = new RecordedAnswers(options.dir);
  const generated = { routes: new MockRoutes(contracts), clock: options.clock ?? systemClock, schemas: options.schemas ?? createSchemaValidator() };
  const plans = new WeakMap<OutgoingRequest, PathPlan>();
  const sending = new AsyncLocalStorage<{ plan: PathPlan; read: boolean }>();

  const release = interceptOrigin(origin, (request) => {
    const sent = sending.getStore();
    return sent ? answer(sent.plan, sent.read, request) : generatedReply(request, undefined);
  });

  function answer(plan: PathPlan, read: boolean, request: MockRequest): { status: number; body: string; headers: Record<string, string> } {
    const recorded = plan.recorded;
    if (read) {
      if (recorded?.read) return served(recorded.read.status, withEchoed(recorded.read.response, plan.echoed, recorded.create.response), recorded.read.rawHeaders);
      // Nothing recorded of the read-back: answered as the generated mock answers it, with the entity as created.
      if (plan.created) return { status: 200, body: plan.created.text, headers: { 'content-type': plan.created.headers['content-type'] ?? GRAPH_JSON_CONTENT_TYPE } };
      return { status: 404, body: JSON.stringify({ error: { code: 'ResourceNotFound', message: 'No entity was created on this path.' } }), headers: { 'content-type': GRAPH_JSON_CONTENT_TYPE } };
    }
    if (recorded) return served(recorded.create.status, withEchoed(recorded.create.response, plan.echoed), recorded.create.rawHeaders);
    return generatedReply(request, plan.contract);
  }

  function generatedReply(request: MockRequest, contract: Contract | undefined) {
    return answerRequest(generated, request, contract);
  }

  const version = (contract: Contract) => contract.apiVersion;
  const manifest = answers.manifest;

  const prepare: Target['prepare'] = async (contract, pathTemplate) => {
    const name = recordingName(contract);
    const recording = answers.forContract(contract);
    const recorded = recording.kind === 'recorded' ? recording.exchanges.get(pathTemplate) : undefined;
    const recordedPath = recordedPathOf(pathTemplate, version(contract));
    const day = manifest ? recordedOn(manifest, name, recorded ? recorded.create.path : recordedPath) : undefined;
    if (recorded) {
      const filled = fillPathTemplate(pathTemplate, parametersOf(pathTemplate, recorded.create.path));
      const path = 'path' in filled ? filled.path : pathTemplate;
      const { body, rewrites } = replayBody(contract, pathTemplate, options.overrides ?? {});
      const differences = requestDifferences(recorded.create.body, body);
      const created = recorded.create.status >= 200 && recorded.create.status < 300;
      const undocumented = created ? undocumentedProperties(contract, recorded.create.response) : [];
      const judged: JudgedAgainst = { kind: 'recorded', ...(day ? { recordedAt: day } : {}), ...(differences.length > 0 ? { requestDiffers: differences } : {}), ...(undocumented.length > 0 ? { undocumented } : {}) };
      const request = buildOutgoingRequest(contract, pathTemplate, path, body);
      if (rewrites.length > 0) request.rewrites = rewrites;
      plans.set(request, { contract, pathTemplate, recorded, echoed: echoedNow(differences, recorded.create.body, recorded.create.response, body) });
      return { skip: false, request, judgedAgainst: judged };
    }
    const skipped = manifest ? lookupPath(manifest.skipped, name, recordedPath) : undefined;
    if (skipped !== undefined && recording.kind !== 'set-aside') {
      return { skip: true, reason: `skipped when recorded${day ? ` (${day})` : ''}: ${skipped}`, judgedAgainst: { kind: 'recorded', ...(day ? { recordedAt: day } : {}), skippedWhenRecorded: true } };
    }
    const why = recording.kind === 'set-aside' ? `its recording was set aside: ${recording.code}` : 'no recording';
    // As the mock prepares it, and the mock answers it.
    const prepared = prepareMockRequest(contract, pathTemplate);
    if (prepared.skip) return prepared;
    const { request } = prepared;
    const plan: PathPlan = { contract, pathTemplate, echoed: {} };
    if (options.strict) plan.notRecorded = `${name} POST ${pathTemplate}: no recorded answer (${why}), and GRAPH_REPLAY_STRICT=true fails such paths; record it with a tenant run (GRAPH_RECORD) or unset GRAPH_REPLAY_STRICT to judge it against the generated mock.`;
    plans.set(request, plan);
    return { skip: false, request, judgedAgainst: options.strict ? { kind: 'not-recorded', why } : { kind: 'generated', why } };
  };

  return {
    kind: 'replay',
    describe: () => `replay of ${options.dir}${manifest ? ` (recorded ${manifest.date.slice(0, 10)}, ${manifest.cloud})` : ''}`,
    prepare,
    async send(request: OutgoingRequest): Promise<TargetResponse> {
      const plan = plans.get(request) ?? { contract: request.contract, pathTemplate: request.pathTemplate, echoed: {} };
      if (plan.notRecorded) throw new ReplayNotRecordedError(plan.notRecorded);
      const headers = { ...request.headers, Authorization: REPLAY_AUTHORIZATION };
      const response = await sending.run({ plan, read: false }, () => sendWithSupertest(`${origin}/${request.contract.apiVersion}`, { ...request, headers }));
      if (response.status >= 200 && response.status < 300) plan.created = { headers: response.headers, text: response.text };
      return response;
    },
    async read(request: ReadRequest): Promise<ReadResponse> {
      const plan = plans.get(request.create) ?? { contract: request.create.contract, pathTemplate: request.create.pathTemplate, echoed: {} };
      const url = `${origin}${readPath(request)}`;
      const started = performance.now();
      const response = await sending.run({ plan, read: true }, () => fetch(url, { headers: { accept: 'application/json', authorization: REPLAY_AUTHORIZATION } }));
      const text = await response.text();
      return { status: response.status, headers: Object.fromEntries(response.headers), text, retries: [], durationMs: performance.now() - started, url, appearedAfterMs: 0 };
    },
    async cleanup() {
      // Nothing was created anywhere.
      return { deleted: 0, leftovers: [] };
    },
    async close() {
      release();
    },
    recordings: () => ({ replay: { dir: options.dir, ...(manifest ? { recordedBy: { runId: manifest.runId, date: manifest.date, cloud: manifest.cloud, suiteVersion: manifest.suiteVersion } } : {}), problems: answers.problems, strict: options.strict } }),
  };
}

function served(status: number, body: JsonValue, headers: Record<string, string>): { status: number; body: string; headers: Record<string, string> } {
  return { status, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { ...headers } };
}

/** The parameter values in the recorded create path (the recording's stand-ins), by name. */
function parametersOf(pathTemplate: string, recordedPath: string): Record<string, string> {
  const values = recordedParameters(pathTemplate);
  const template = pathTemplate.split('/');
  const given = recordedPath.split('?')[0]!.split('/').slice(2);
  if (given.length !== template.length - 1) return values;
  template.slice(1).forEach((segment, i) => {
    const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (name) values[name] = safeDecode(given[i] ?? '');
  });
  return values;
}

/** The entity's path on the replay origin: the create's Location (its path only: no host is ever called), else the path and id. */
function readPath(request: ReadRequest): string {
  if (request.location) {
    try {
      const location = new URL(request.location, 'http://replay.invalid');
      return `${location.pathname}${location.search}`;
    } catch {
      // fall through to the path and id
    }
  }
  return `/${request.create.contract.apiVersion}${request.create.path}/${encodeURIComponent(request.id)}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
