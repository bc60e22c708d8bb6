// What every check returns. Codes are stable: tests and reports key on them, never on wording.
import type { JsonValue } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';

export type CheckName = 'status' | 'json' | 'echo' | 'id';
export const CHECK_NAMES: readonly CheckName[] = ['status', 'json', 'echo', 'id'];

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
} as const satisfies Record<string, { check: CheckName; meaning: string }>;

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
}

export function checkResult(check: CheckName, failures: CheckFailure[]): CheckResult {
  return { check, ok: failures.length === 0, failures };
}
