// The seam between the specs and whatever answers them (the nock mock or a real tenant).
// Specs only ever talk to a Target; targets never assert anything.
import type { Contract, JsonObject, JsonValue } from '../foundation/contract-types.ts';

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

/** Why a contract path is not run on this target (missing permission, unknown path parameter...). */
export interface SkipReason {
  skip: true;
  reason: string;
}

export interface PreparedRequest {
  skip: false;
  request: OutgoingRequest;
}

export interface CleanupResult {
  deleted: number;
  /** Created entities that could not be deleted, for the report. */
  leftovers: Array<{ path: string; id: string; reason: string }>;
  /** Retries the DELETEs needed (throttling is likeliest at the end of a run); absent when none. */
  retries?: RetryRecord[];
}

export interface Target {
  readonly kind: 'mock' | 'tenant';
  /** Version-qualified base, e.g. `https://graph.microsoft.com/beta`, for display only (never holds secrets). */
  describe(): string;
  prepare(contract: Contract, pathTemplate: string): Promise<PreparedRequest | SkipReason>;
  /** Sends, adding credentials inside; a target that can create remembers what it created for `cleanup`. */
  send(request: OutgoingRequest): Promise<TargetResponse>;
  cleanup(): Promise<CleanupResult>;
  close(): Promise<void>;
}
