// Errors that stop a run, a command or a target, in the spirit of vitest's errors.ts: each is a
// class with a stable `code` from this one table, so tests, reports and scripts key on the code
// and never on the wording. (Page problems and check failures have their own tables:
// problem-registry.ts and checks/check-types.ts.)
export const RUN_ERRORS = {
  CONFIG_INVALID: 'the environment or .env holds values that are not allowed; every problem is listed',
  CLI_USAGE: 'a command line graph-contracts cannot run',
  PAGE_INPUT_NOT_FOUND: 'a page file or folder given to build/check does not exist',
  CONTRACTS_DIR_UNREADABLE: 'the contracts folder cannot be read',
  CONTRACT_FILE_INVALID: 'a contract file is not JSON or not a contract; named with its field',
  EXPECTATIONS_INVALID: 'the GRAPH_EXPECTATIONS file cannot be used',
  REPORT_FILE_INVALID: 'a contract-report.json given to a command cannot be read',
  MOCK_UNHANDLED_REQUEST: 'the mock refused a request no contract answers (another host, an unmocked method)',
  MOCK_ALREADY_ACTIVE: 'a second mock on the same origin in one process',
  TENANT_WRITE_REFUSED: 'the write guard refused: GRAPH_ALLOW_WRITES or GRAPH_ALLOWED_TENANTS',
  TENANT_MISMATCH: 'the token was issued for another tenant than the one configured',
  TOKEN_REQUEST_FAILED: 'the token endpoint refused or could not be reached',
  GRAPH_REQUEST_TIMEOUT: 'Graph gave no answer in time (a POST is not retried)',
  TENANT_FILE_INVALID: 'a path-parameter or body-override file cannot be used',
  MODEL_UNREADABLE: 'a service model (CSDL) file cannot be read or its URL cannot be fetched',
  MODEL_UNPARSABLE: 'a service model is not well-formed XML; named with its line',
  MODEL_NOT_CSDL: 'a service model is XML but has no CSDL <Schema>',
  TARGET_ERROR: 'the target failed in a way it did not name',
  INTERNAL_ERROR: 'a defect in graph-contracts itself, not in the target or the page',
} as const;

export type RunErrorCode = keyof typeof RUN_ERRORS;

export abstract class CodedError extends Error {
  abstract readonly code: RunErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
