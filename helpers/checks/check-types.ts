// What every check returns. Codes are stable: tests and reports key on them, never on wording.
import type { JsonValue } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';

export type CheckName = 'status' | 'json' | 'echo' | 'id';
export const CHECK_NAMES: readonly CheckName[] = ['status', 'json', 'echo', 'id'];

export type CheckCode =
  | 'STATUS_MISMATCH'
  | 'CONTENT_TYPE_NOT_JSON'
  | 'BODY_INVALID_JSON'
  | 'BODY_NOT_OBJECT'
  | 'SCHEMA_VIOLATION'
  | 'BODY_UNAVAILABLE'
  | 'ECHO_MISSING'
  | 'ECHO_MISMATCH'
  | 'ECHO_TYPE_MISMATCH'
  | 'ECHO_LENGTH_MISMATCH'
  | 'SERVER_OWNED_MISSING'
  | 'SERVER_OWNED_FORMAT'
  | 'ID_MISSING'
  | 'ID_NOT_STRING'
  | 'ID_EMPTY'
  | 'ID_DUPLICATE';

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
