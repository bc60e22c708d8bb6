// What one contract path produced on a target: the data the spec asserts on and the
// reporter prints. Plain JSON so it survives task.meta's RPC and blob reports.
import type { CheckName, CheckResult } from '../checks/check-types.ts';
import type { Dialect, RelaxedConstraint } from '../foundation/contract-types.ts';
import type { BodyRewrite, CleanupResult, ModelCheckResult, RetryRecord } from '../targets/target-types.ts';
import type { JudgedAgainst } from '../targets/judged-against.ts';
import type { RecordingsMeta } from '../targets/record/recording-types.ts';
import type { ClassifiedOutcome } from './classify-outcome.ts';
import type { ExpectationVerdict } from './compare-expectation.ts';
import type { UnreadableContract } from './load-contracts.ts';

export interface PathIdentity {
  /** Contract file name without `.json`, e.g. `beta-intune-mam-managedapplogcollectionrequest-create`. */
  contract: string;
  resource: string;
  apiVersion: string;
  pathTemplate: string;
  /** The page's dialect, shown beside the contract file. */
  dialect?: Dialect;
  /** Constraints the page documents that the contract does not assert (its example breaks them). */
  relaxed?: RelaxedProperty[];
  /** On a replay: what answered the path (a recorded answer and its date, or a generated one). */
  judgedAgainst?: JudgedAgainst;
}

/** The identity part of an outcome (which spreads it), optional facts included, for task.meta. */
export function pathIdentity(outcome: PathIdentity): PathIdentity {
  const { contract, resource, apiVersion, pathTemplate, dialect, relaxed, judgedAgainst } = outcome;
  return { contract, resource, apiVersion, pathTemplate, ...(dialect ? { dialect } : {}), ...(relaxed ? { relaxed } : {}), ...(judgedAgainst ? { judgedAgainst } : {}) };
}

/** One relaxed constraint with the property it belongs to. */
export interface RelaxedProperty extends RelaxedConstraint {
  property: string;
}

/** Every outcome carries its one class (classify-outcome.ts). */
export type PathOutcome =
  | (PathIdentity & { kind: 'skipped'; reason: string; classified: ClassifiedOutcome })
  | (PathIdentity & { kind: 'error'; code: string; message: string; classified: ClassifiedOutcome })
  | (PathIdentity & {
      kind: 'ran';
      classified: ClassifiedOutcome;
      status: number;
      durationMs: number;
      retries: RetryRecord[];
      /** How the sent body differs from the documented example (a tenant's rewrites). */
      rewrites?: BodyRewrite[];
      checks: Record<CheckName, CheckResult>;
      /** The `id` the target answered with, when it is a non-empty string. */
      createdId?: string;
      /** What reading the created entity back answered, when it was read. */
      read?: ReadEvidence;
    });

/** The read check's GET: what was read, what it answered, and how long the entity took to appear. */
export interface ReadEvidence {
  url: string;
  status: number;
  /** From the first GET until the entity answered other than 404 (0: at once); for a 404 to the end, how long it was read again. */
  appearedAfterMs: number;
  /** The whole read, polls and retries included. */
  durationMs: number;
}

/** Attached to each check's test (`task.meta.contractCheck`) for the reporter. */
export interface ContractCheckMeta {
  identity: PathIdentity;
  check: CheckName;
  outcome: 'passed' | 'failed' | 'skipped' | 'error';
  result?: CheckResult;
  skipReason?: string;
  retries?: RetryRecord[];
  /** How the sent body differs from the documented example; the same on each check of a path. */
  rewrites?: BodyRewrite[];
  status?: number;
  /**
   * On the `id` check: the id the target answered with. Each process checks uniqueness among
   * its own paths; the report checks it again across shards (see contract-report.ts).
   */
  createdId?: string;
  /** On the `read` check: what reading the created entity back answered, and after how long. */
  read?: ReadEvidence;
  /** The path's class; the same on each of its checks. */
  classified?: ClassifiedOutcome;
  /** The path's result against GRAPH_EXPECTATIONS, as the spec judged it. */
  expectation?: ExpectationVerdict;
}

/** Attached to the spec module (`task.meta.contractRun`) by its afterAll. */
export interface ContractRunMeta {
  target: string;
  contracts: number;
  shard?: string;
  /** The target's own cleanup result: what it deleted, could not delete, and retried. */
  cleanup: CleanupResult;
  cleanupError?: string;
  /** Contract files that could not be read, each named with its field; the others ran. */
  unreadableContracts?: UnreadableContract[];
  /** The tenant run's model check (GRAPH_METADATA), for this process's contracts. */
  modelCheck?: ModelCheckResult;
  /** What this process recorded (GRAPH_RECORD), or where its replayed answers came from (GRAPH_TARGET=replay). */
  recordings?: RecordingsMeta;
}
