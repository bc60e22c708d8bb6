// Errors that stop a run, a command or a target, in the spirit of vitest's errors.ts: each is a
// class with a stable `code` from this one table, so tests, reports and scripts key on the code
// and never on the wording. (Page problems and check failures have their own tables:
// problem-registry.ts and checks/check-types.ts.)
/** Each code with what it means and what to do about it (docs/errors.md is generated from this). */
export const RUN_ERRORS = {
  CONFIG_INVALID: { meaning: 'the environment or .env holds values that are not allowed; every problem is listed', action: 'fix each variable the message names (docs/configuration.md lists what each accepts); an empty value means the default' },
  CLI_USAGE: { meaning: 'a command line graph-contracts cannot run: an unknown option, a missing argument, a folder given where a file is written', action: 'read the usage printed with it, or `graph-contracts <command> --help`' },
  PAGE_INPUT_NOT_FOUND: { meaning: 'no page to read: a page file or folder given to build, check or sync does not exist, is a contract, holds no doc page (.md, .txt) or no "Create X" page, or --match selects none', action: 'give the pages (files or folders); --match is matched against each page\'s path relative to the folder given' },
  CONTRACTS_DIR_UNREADABLE: { meaning: 'no contracts where they belong: the folder (CONTRACTS_DIR, --contracts, a diff or lint argument) does not exist, is a file, holds doc pages instead, or is empty', action: 'build the contracts first (`graph-contracts build <pages> --out <folder>`) and give that folder (CONTRACTS_DIR for a run)' },
  CONTRACT_FILE_INVALID: { meaning: 'a contract file is not JSON or not a contract; named with its field', action: 'rebuild that contract from its page; the other contracts still run' },
  EXPECTATIONS_INVALID: { meaning: 'the GRAPH_EXPECTATIONS file cannot be used', action: 'fix the field the message names, or write the file again with `graph-contracts expectations`' },
  REPORT_FILE_INVALID: { meaning: 'a contract-report.json given to a command cannot be read', action: 'give the contract-report.json of a finished run (REPORTS_DIR)' },
  MOCK_UNHANDLED_REQUEST: { meaning: 'the mock refused a request no contract answers (another host, an unmocked method)', action: 'a test sent something no contract documents: send to the mock origin, with a documented method and path' },
  MOCK_ALREADY_ACTIVE: { meaning: 'a second mock on the same origin in one process', action: 'stop the first mock (its `stop()`), or run the second in another process' },
  TENANT_WRITE_REFUSED: { meaning: 'the write guard refused: GRAPH_ALLOW_WRITES or GRAPH_ALLOWED_TENANTS', action: 'set GRAPH_ALLOW_WRITES=true and list the test tenant in GRAPH_ALLOWED_TENANTS, or run read-only' },
  TENANT_MISMATCH: { meaning: 'the token was issued for another tenant than the one configured', action: 'the secret or token belongs to another tenant: check AZURE_TENANT_ID, the app registration and AZURE_AUTHORITY_HOST' },
  TOKEN_REQUEST_FAILED: { meaning: 'the token endpoint refused or could not be reached', action: 'check AZURE_CLIENT_ID, the secret (not expired), admin consent and the cloud (GRAPH_CLOUD)' },
  GRAPH_REQUEST_TIMEOUT: { meaning: 'Graph gave no answer in time (a POST is not retried)', action: 'raise GRAPH_REQUEST_TIMEOUT_MS, or look at the service health; a POST that timed out may have created its entity: its journal is kept, `graph-contracts sweep` finds it' },
  JOURNAL_UNWRITABLE: { meaning: 'a tenant run cannot write down a create in its journal (GRAPH_JOURNAL_DIR), so that create is not sent', action: 'point GRAPH_JOURNAL_DIR at a folder the run can write to (it must outlive the run: `graph-contracts sweep` reads it)' },
  TENANT_FILE_INVALID: { meaning: 'a path-parameter or body-override file cannot be used', action: 'fix the GRAPH_PARAMS_FILE or GRAPH_BODY_OVERRIDES_FILE the message names (JSON of the documented shape)' },
  MODEL_UNREADABLE: { meaning: 'a service model (CSDL) file cannot be read or its URL cannot be fetched', action: 'check the file path or URL; a URL needs network access' },
  MODEL_UNPARSABLE: { meaning: 'a service model is not well-formed XML; named with its line', action: 'the model file is damaged at the line named: fetch it again' },
  MODEL_NOT_CSDL: { meaning: 'a service model is XML but has no CSDL `<Schema>`', action: 'give the service\'s `$metadata` document (CSDL), not another XML file' },
  MODEL_TIMEOUT: { meaning: 'a service model URL did not answer, or not completely, within its deadline', action: 'check the URL and the network; raise --model-timeout (lint, build) or GRAPH_METADATA_TIMEOUT_MS (tenant runs); a tenant run reports the model as unavailable and goes on' },
  MODEL_TOO_LARGE: { meaning: 'a service model is larger than the size cap; reading stopped there', action: 'check that the URL or file is a $metadata document; raise --model-max-mb (lint, build) or GRAPH_METADATA_MAX_MB (tenant runs)' },
  RECORDINGS_DIR_MISSING: { meaning: 'GRAPH_TARGET=replay, but RECORDINGS_DIR names no folder', action: 'record one with a tenant run (GRAPH_RECORD=recordings), or point RECORDINGS_DIR at it; meanwhile every path is answered by the generated mock (`generated`)' },
  RECORDING_MANIFEST_INVALID: { meaning: "a recordings folder's manifest.json is missing, not JSON or not a manifest; named with its field", action: 'record again (a tenant run with GRAPH_RECORD writes it) or restore it from git; the answers still replay, their dates are unknown' },
  RECORDING_NOT_JSON: { meaning: 'a recording file is not JSON', action: 'record it again or restore it from git; its contract\'s paths are answered by the generated mock meanwhile' },
  RECORDING_INVALID: { meaning: 'a recording file is JSON but not nock recorded definitions (array of `scope`, `method`, `path`, `status`, `response`...), nests too deep, or is not a regular file; named with its field', action: 'record it again or restore it from git; the other recordings still replay' },
  RECORDING_TOO_LARGE: { meaning: 'a recording file is larger than 16 MB, far above any real one; not read', action: 'a recording holds a few KB per contract: record it again' },
  RECORDING_OUTSIDE_FOLDER: { meaning: 'a recording file is a symbolic link (or path) that leads out of the recordings folder; not read', action: 'replace the link with the file itself; recordings are read only from inside RECORDINGS_DIR' },
  RECORDING_MARKUP: { meaning: 'a recording holds active markup (`<script>`, `javascript:`), which no service answer does; not replayed', action: 'the file was not written by graph-contracts: restore it from git or record it again' },
  RECORDING_UNKNOWN_PATH: { meaning: 'a recording holds answers for a create path its contract does not document (moved in the docs, or edited by hand); those answers are not replayed, and a file with no other is set aside', action: 'record the contract again; a path the docs moved gets its own recording at the next tenant run' },
  RECORDING_SECRET: { meaning: 'a recording about to be written still held a secret, the tenant id or the client id, or something shaped like a token; that file was not written', action: 'report it: every value is scrubbed before this check, so something new echoes a secret; the previous recording of the file stays' },
  REPLAY_NOT_RECORDED: { meaning: 'GRAPH_REPLAY_STRICT=true and a path has no recorded answer (none was made, or its file was set aside)', action: 'record the path with a tenant run, or run without GRAPH_REPLAY_STRICT to judge it against the generated mock (marked `generated`)' },
  TARGET_ERROR: { meaning: 'the target failed in a way it did not name', action: 'see the message; rerun, and report it if it repeats' },
  INTERNAL_ERROR: { meaning: 'a defect in graph-contracts itself, not in the target or the page', action: 'a bug in graph-contracts: report it with the message and the page or contract named' },
} as const satisfies Record<string, { meaning: string; action: string }>;

export type RunErrorCode = keyof typeof RUN_ERRORS;

export abstract class CodedError extends Error {
  abstract readonly code: RunErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
