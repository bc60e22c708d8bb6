// Errors of the tenant target. Tests assert on `code`; messages say what failed, on which
// input, why, and how to fix it. A message that may quote a service's answer is redacted by
// the code that builds it (it holds the run's redactor); everything is redacted again where it
// leaves the process.
import { CodedError } from '../../foundation/coded-error.ts';

abstract class TenantError extends CodedError {}

/** The write guard said no; raised before any request reaches the tenant. */
export class WriteRefusedError extends TenantError {
  readonly code = 'TENANT_WRITE_REFUSED';
}

/** The token was issued for another tenant than the one configured and allowed. */
export class TenantMismatchError extends TenantError {
  readonly code = 'TENANT_MISMATCH';
}

export class TokenRequestError extends TenantError {
  readonly code = 'TOKEN_REQUEST_FAILED';
}

export class RequestTimeoutError extends TenantError {
  readonly code = 'GRAPH_REQUEST_TIMEOUT';
}

/** The journal line of a create could not be written: the create is not sent. */
export class JournalWriteError extends TenantError {
  readonly code = 'JOURNAL_UNWRITABLE';
}

/** A path-parameter or body-override file that cannot be used. */
export class TenantFileError extends TenantError {
  readonly code = 'TENANT_FILE_INVALID';
}
