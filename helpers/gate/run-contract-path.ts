// Sends one contract path to a target, runs every check on the answer, then reads the created
// entity back for the read check. The spec and the fault-detection self-tests both use this,
// so they cannot drift apart.
import { checkEcho } from '../checks/echo-check.ts';
import { checkId, createdIdOf, type IdRegistry } from '../checks/id-check.ts';
import { checkJsonBody } from '../checks/json-body-check.ts';
import { parseResponseBody, type ParsedBody } from '../checks/parse-response-body.ts';
import { checkStatus } from '../checks/status-check.ts';
import { locateFailure } from '../checks/failure-location.ts';
import type { CheckFailure, CheckName, CheckResult } from '../checks/check-types.ts';
import type { SchemaValidator } from '../contract/compile-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { truncateJsonDepth } from '../foundation/json-depth.ts';

/** Levels of a sent or received value a failure keeps. */
const EVIDENCE_DEPTH = 32;
import type { Target } from '../targets/target-types.ts';
import { classifyOutcome, describeGraphError } from './classify-outcome.ts';
import { describeThrown } from './describe-thrown.ts';
import { readBack } from './read-back.ts';
import type { PathIdentity, PathOutcome } from './path-outcome.ts';

/** What every path of one run shares. */
export interface PathRunner {
  target: Target;
  /** Ids seen so far in this process, for the uniqueness check. */
  ids: IdRegistry;
  schemas: SchemaValidator;
  /** Why the read check is off (GRAPH_READ=false), reported as its skip; absent, every created entity is read back. */
  readOff?: string;
}

/**
 * A path whose create has been sent and checked: either its outcome already (skipped, an error,
 * nothing to wait for) or the read-back that completes it. Apart so that the spec's pool
 * (SPEC_CONCURRENCY) bounds the creates, while a read waiting for its entity to appear holds no
 * slot of it; a tenant's reads are still bounded by the client (GRAPH_CONCURRENCY).
 */
export type SentPath = { outcome: PathOutcome } | { readBack(): Promise<PathOutcome> };

export async function runContractPath(runner: PathRunner, contract: Contract, identity: PathIdentity, label?: string): Promise<PathOutcome> {
  const sent = await sendContractPath(runner, contract, identity, label);
  return 'outcome' in sent ? sent.outcome : sent.readBack();
}

export async function sendContractPath(runner: PathRunner, contract: Contract, identity: PathIdentity, label = `${identity.contract} ${identity.pathTemplate}`): Promise<SentPath> {
  const { target, ids, schemas } = runner;
  try {
    const prepared = await target.prepare(contract, identity.pathTemplate);
    // A replaying target says what answers the path; the reports show it beside the path.
    if (prepared.judgedAgainst) identity = { ...identity, judgedAgainst: prepared.judgedAgainst };
    if (prepared.skip) return { outcome: { ...identity, kind: 'skipped', reason: prepared.reason, classified: classifyOutcome({ kind: 'skipped' }) } };
    const response = await target.send(prepared.request);
    const parsed = parseResponseBody(response);
    const created = response.status >= 200 && response.status < 300;
    // An error answer is no entity: echo and id say so once instead of listing every field.
    const entity: ParsedBody = created ? parsed : { ok: false, failure: errorAnswer(response.status, response.text) };
    const read = createdIdOf(entity);
    const status = checkStatus(contract, response.status);
    const json = checkJsonBody(contract, parsed, schemas);
    const echo = checkEcho(contract, prepared.request.body, entity);
    const id = checkId(entity, ids, label);
    return {
      readBack: async () => {
        try {
          const readStep = await readBack(target, schemas, contract, prepared.request, response, entity, runner.readOff);
          const checks = located(contract, { status, json, echo, id, read: readStep.result });
          return {
            ...identity,
            kind: 'ran',
            status: response.status,
            durationMs: response.durationMs,
            retries: [...response.retries, ...readStep.retries],
            ...(prepared.request.rewrites ? { rewrites: prepared.request.rewrites } : {}),
            checks,
            classified: classifyOutcome({ kind: 'ran', status: response.status, text: response.text, checks: Object.values(checks) }),
            ...(read.ok ? { createdId: read.id } : {}),
            ...(readStep.evidence ? { read: readStep.evidence } : {}),
          };
        } catch (error) {
          return errorOutcome(identity, error);
        }
      },
    };
  } catch (error) {
    return { outcome: errorOutcome(identity, error) };
  }
}

function errorOutcome(identity: PathIdentity, error: unknown): PathOutcome {
  const thrown = describeThrown(error);
  return { ...identity, kind: 'error', ...thrown, classified: classifyOutcome({ kind: 'error', ...thrown }) };
}

function located(contract: Contract, checks: Record<CheckName, CheckResult>): Record<CheckName, CheckResult> {
  for (const result of Object.values(checks)) {
    for (const failure of result.failures) {
      failure.where = locateFailure(contract, result.check, failure);
      // What a service sent back can nest arbitrarily deep; the report keeps the evidence, bounded.
      if (failure.received !== undefined) failure.received = truncateJsonDepth(failure.received, EVIDENCE_DEPTH);
      if (failure.sent !== undefined) failure.sent = truncateJsonDepth(failure.sent, EVIDENCE_DEPTH);
    }
  }
  return checks;
}

function errorAnswer(status: number, text: string): CheckFailure {
  const graphError = describeGraphError(text);
  return { code: 'BODY_UNAVAILABLE', message: `HTTP ${status} is not a created entity${graphError ? `: ${graphError.replace(/\.?$/, '.')}` : '.'}` };
}
