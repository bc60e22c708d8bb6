// The seam between the specs and whatever answers them (the nock mock or a real tenant).
// Specs only ever talk to a Target; targets never assert anything.
import type { ApiVersion, Contract, JsonObject, JsonValue } from '../foundation/contract-types.ts';
import type { LintFinding } from '../model/lint-finding.ts';
import type { JudgedAgainst } from './judged-against.ts';
import type { RecordingsMeta } from './record/recording-types.ts';

export interface OutgoingRequest {
  contract: Contract;
  /** The documented template this request was made from, e.g. `/users/{usersId}/managedAppRegistrations`. */
  pathTemplate: string;
  /** Path after the version segment with parameters filled, e.g. `/users/123/managedAppRegistrations`. */
  path: string;
  headers: Record<string, string>;
  body: JsonObject;
  /** How `body` differs from the documented example, field by field (a tenant's rewrites); absent when it does not. */
  rewrites?: BodyRewrite[];
}

/** One top-level field of the sent body that is not the documented example's, and why. */
export interface BodyRewrite {
  field: string;
  /** Absent when the example has no such field. */
  documented?: JsonValue;
  /** Absent when the field was removed. */
  sent?: JsonValue;
  why: 'path parameter' | 'override' | 'marker';
}

export interface RetryRecord {
  attempt: number;
  status: number;
  /** Milliseconds waited before the next attempt. */
  waitedMs: number;
  reason: string;
}

export interface TargetResponse {
  status: number;
  headers: Record<string, string>;
  /** Raw body text, so a check can say "not JSON" instead of crashing. */
  text: string;
  retries: RetryRecord[];
  durationMs: number;
}

/** What the `read` check asks a target for: the entity a create made, read back. */
export interface ReadRequest {
  /** The create this read follows (contract, path template, filled path, headers). */
  create: OutgoingRequest;
  /** The created entity's id, as the create answered it. */
  id: string;
  /** The create's Location header, when the service sent one. */
  location?: string;
}

export interface ReadResponse extends TargetResponse {
  /** The URL that was read (absolute), for the report. */
  url: string;
  /** Milliseconds from the first GET until the entity answered other than 404 (0 when at once). */
  appearedAfterMs: number;
}

/** Why a contract path is not run on this target (missing permission, unknown path parameter...). */
export interface SkipReason {
  skip: true;
  reason: string;
  /** On the replay target: the recorded run skipped this path too. */
  judgedAgainst?: JudgedAgainst;
}

export interface PreparedRequest {
  skip: false;
  request: OutgoingRequest;
  /** On the replay target: what will answer this path, a recorded answer or a generated one. */
  judgedAgainst?: JudgedAgainst;
}

export interface CleanupResult {
  /** DELETEs the service answered 2xx. */
  deleted: number;
  /** DELETEs answered 404: something else had removed the entity already; absent when none. */
  alreadyGone?: number;
  /** Created entities that could not be deleted, for the report. */
  leftovers: Array<{ path: string; id: string; reason: string }>;
  /** Retries the DELETEs needed (throttling is likeliest at the end of a run); absent when none. */
  retries?: RetryRecord[];
}

/** A tenant run's check of the selected contracts against the service's model (GRAPH_METADATA). */
export interface ModelCheckResult {
  /** `live` ({base}/{version}/$metadata) or the CSDL file's path. */
  source: string;
  /** The models the contracts were linted against. */
  models: Array<{ label: string; version?: ApiVersion; source: string }>;
  /** The lint's findings (helpers/model), each with the page line of the documented fact. */
  findings: LintFinding[];
  /** Contracts no model was had for (their version's model could not be fetched). */
  notLinted: Array<{ file: string; apiVersion: ApiVersion }>;
  /** `$metadata` requests sent (0 for a file): one per API version, cached for the run. */
  requests: number;
  retries: RetryRecord[];
  /** Why a model could not be had (HTTP answer, deadline, size, unparsable XML), each naming the URL or file. */
  errors: string[];
  /** GRAPH_METADATA_REQUIRED: a model that could not be had fails the run; otherwise it is reported as unavailable. */
  required: boolean;
  /** The pages of the contracts a model was had for (what a baseline's fixed findings are judged on). */
  checkedFiles: string[];
}

export interface Target {
  readonly kind: 'mock' | 'tenant' | 'replay';
  /** Version-qualified base, e.g. `https://graph.microsoft.com/beta`, for display only (never holds secrets). */
  describe(): string;
  prepare(contract: Contract, pathTemplate: string): Promise<PreparedRequest | SkipReason>;
  /** Sends, adding credentials inside; a target that can create remembers what it created for `cleanup`. */
  send(request: OutgoingRequest): Promise<TargetResponse>;
  /**
   * Reads a created entity back (`GET`), again while it answers 404 until GRAPH_READ_DEADLINE_MS
   * (eventual consistency); a read, so never counted against a tenant's write budget.
   */
  read(request: ReadRequest): Promise<ReadResponse>;
  cleanup(): Promise<CleanupResult>;
  close(): Promise<void>;
  /** The model check (tenant only, unless GRAPH_METADATA=off): lints `contracts` against the service's model. */
  modelCheck?(contracts: readonly Contract[]): Promise<ModelCheckResult>;
  /** What a recording tenant target captured (GRAPH_RECORD), or what the replay target read; asked once, at the end of the run. */
  recordings?(): RecordingsMeta;
}
