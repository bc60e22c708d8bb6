// What every check returns. Codes are stable: tests and reports key on them, never on wording.
import type { JsonValue } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';

export type CheckName = 'status' | 'json' | 'echo' | 'id' | 'read';
export const CHECK_NAMES: readonly CheckName[] = ['status', 'json', 'echo', 'id', 'read'];

/** Every failure a check can report, with the check that reports it and what it means (docs/errors.md is generated from this). */
export const CHECK_FAILURES = {
  STATUS_MISMATCH: { check: 'status', meaning: 'the answer\'s status is not the documented one (201)' },
  CONTENT_TYPE_NOT_JSON: { check: 'json', meaning: 'the answer\'s `Content-Type` is not `application/json` (OData parameters allowed)' },
  BODY_INVALID_JSON: { check: 'json', meaning: 'the answer\'s body does not parse as JSON' },
  BODY_NOT_OBJECT: { check: 'json', meaning: 'the answer\'s body is JSON but not an object' },
  SCHEMA_VIOLATION: { check: 'json', meaning: 'the body breaks the contract\'s response schema; the field and the schema rule are named' },
  BODY_UNAVAILABLE: { check: 'echo', meaning: 'an error answer (not 2xx): `echo` and `id` report Graph\'s error once instead of a failure per field' },
  ECHO_MISSING: { check: 'echo', meaning: 'a field the request sent is missing from the answer' },
  ECHO_MISMATCH: { check: 'echo', meaning: 'a field came back with another value than was sent (compared semantically: instants, numbers, `@odata.type`)' },
  ECHO_TYPE_MISMATCH: { check: 'echo', meaning: 'a field came back with another JSON type than was sent' },
  ECHO_LENGTH_MISMATCH: { check: 'echo', meaning: 'an array came back with another number of items than was sent' },
  SERVER_OWNED_MISSING: { check: 'echo', meaning: 'a server-owned field (createdDateTime, version, a read-only field) is missing' },
  SERVER_OWNED_FORMAT: { check: 'echo', meaning: 'a server-owned field is not of its documented type or format' },
  ID_MISSING: { check: 'id', meaning: 'the answer has no `id`' },
  ID_NOT_STRING: { check: 'id', meaning: 'the `id` is not a string' },
  ID_EMPTY: { check: 'id', meaning: 'the `id` is an empty string' },
  ID_DUPLICATE: { check: 'id', meaning: 'another create of the run (any shard) got the same `id`' },
  READ_NOT_FOUND: { check: 'read', meaning: 'the created entity\'s URL still answered 404 when GRAPH_READ_DEADLINE_MS ran out: the service said it created something that cannot be read' },
  READ_STATUS: { check: 'read', meaning: 'the `GET` of the created entity answered another status than 200 (Graph\'s error code and message are named)' },
  READ_UNAVAILABLE: { check: 'read', meaning: 'the `GET` of the created entity got no usable answer: still throttled (429) or a server error (5xx) after the retries, or no answer at all; the path is `unavailable`, not `contract-broken`' },
  READ_NOT_JSON: { check: 'read', meaning: 'the `GET` of the created entity did not answer a JSON object (`Content-Type`, syntax or shape)' },
  READ_SCHEMA_VIOLATION: { check: 'read', meaning: 'the entity read back breaks the contract\'s response schema; the field and the schema rule are named' },
  READ_MISSING: { check: 'read', meaning: 'a property the create answered is missing from the entity read back' },
  READ_MISMATCH: { check: 'read', meaning: 'a property reads back with another value than the create answered (compared as the echo check compares; a timestamp that changes on its own may only move forward)' },
  READ_TYPE_MISMATCH: { check: 'read', meaning: 'a property reads back with another JSON type than the create answered' },
  READ_WRITE_ONLY: { check: 'read', meaning: 'a property that was sent and echoed by the create reads back `null`: write-only (a secret, a key, a payload); one failure per property, which a baseline lists by property', perProperty: true },
} as const satisfies Record<string, { check: CheckName; meaning: string; perProperty?: true }>;

export type CheckCode = keyof typeof CHECK_FAILURES;

export interface CheckFailure {
  code: CheckCode;
  /** Field path in the body (`uploadedLogs[0].status`), when the failure is about one field. */
  field?: string;
  message: string;
  sent?: JsonValue;
  received?: JsonValue;
  /** The documented fact the check compared against: page, line, section, field. */
  where?: Where;
}

export interface CheckResult {
  check: CheckName;
  ok: boolean;
  failures: CheckFailure[];
  /** Why the check did not run on this path (the `read` of a create that made no entity, or GRAPH_READ=false). */
  skipped?: string;
}

export function checkResult(check: CheckName, failures: CheckFailure[]): CheckResult {
  return { check, ok: failures.length === 0, failures };
}

/** A check that had nothing to run on, and why; it neither passes nor fails the path. */
export function skippedCheck(check: CheckName, reason: string): CheckResult {
  return { check, ok: true, failures: [], skipped: reason };
}

/** Codes reported once per property (READ_WRITE_ONLY): a baseline lists the properties, and a new one is news. */
export function isPerPropertyCode(code: string | undefined): boolean {
  const failure = code === undefined || !Object.hasOwn(CHECK_FAILURES, code) ? undefined : CHECK_FAILURES[code as CheckCode];
  return failure !== undefined && 'perProperty' in failure && failure.perProperty === true;
}
