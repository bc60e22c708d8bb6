// Every environment variable graph-contracts reads, as data: the readers in run-config.ts and
// tenant-config.ts take each variable's default and bounds from this table, and
// docs/configuration.md is generated from it (`npm run docs`), so the page cannot drift from
// what the code accepts. env-variables.test.ts fails on a variable read but not listed here.

/** What a value may be. Empty always means the default. */
export type EnvValue =
  | { kind: 'choice'; choices: readonly string[]; default: string }
  | { kind: 'boolean'; default: boolean }
  | { kind: 'int'; min: number; max: number; default: number; defaultNote?: string }
  | { kind: 'text'; default?: string; expected: string }
  | { kind: 'secret'; expected: string }
  | { kind: 'url'; default?: string; expected: string };

/**
 * Who reads it: `run` is resolved for every run (vitest.config.ts), `tenant` only when
 * GRAPH_TARGET=tenant, `tooling` by a bench script or a test run by hand (never by a run).
 */
export type EnvScope = 'run' | 'tenant' | 'tooling';

export interface EnvVariable {
  name: string;
  scope: EnvScope;
  value: EnvValue;
  meaning: string;
}

const VARIABLES = [
  // run
  { name: 'GRAPH_TARGET', scope: 'run', value: { kind: 'choice', choices: ['mock', 'tenant', 'replay'], default: 'mock' }, meaning: 'the target: the in-process nock mock, a real Graph tenant, or `replay`: the answers a tenant run recorded (RECORDINGS_DIR), through nock' },
  { name: 'CONTRACTS_DIR', scope: 'run', value: { kind: 'text', default: 'contracts', expected: 'a folder of contract JSON files (subfolders included)' }, meaning: 'the contracts the specs run over' },
  { name: 'CONTRACT', scope: 'run', value: { kind: 'text', expected: 'text matched against each contract file name and resource, case-insensitive' }, meaning: 'run only the matching contracts; empty runs all' },
  { name: 'SPEC_CONCURRENCY', scope: 'run', value: { kind: 'int', min: 1, max: 64, default: 8, defaultNote: '8 on the mock, 2 on a tenant' }, meaning: 'contract paths in flight at once' },
  { name: 'CONTRACT_SHARDS', scope: 'run', value: { kind: 'int', min: 1, max: 64, default: 1 }, meaning: 'how many vitest projects the gate is declared as (`contracts-1ofN`...), for `--shard` and parallel runs' },
  { name: 'REPORTS_DIR', scope: 'run', value: { kind: 'text', default: 'reports', expected: 'a folder; created when missing' }, meaning: 'where the reporter writes the report set' },
  { name: 'RECORDINGS_DIR', scope: 'run', value: { kind: 'text', default: 'recordings', expected: 'a folder a tenant run recorded into (GRAPH_RECORD)' }, meaning: 'GRAPH_TARGET=replay: where the recorded answers are read from' },
  { name: 'GRAPH_REPLAY_STRICT', scope: 'run', value: { kind: 'boolean', default: false }, meaning: 'GRAPH_TARGET=replay: a path with no recorded answer fails (`REPLAY_NOT_RECORDED`) instead of being answered by the generated mock and marked `generated`' },
  { name: 'GITHUB_STEP_SUMMARY', scope: 'run', value: { kind: 'text', expected: 'a file; GitHub Actions sets it' }, meaning: 'the markdown report is appended to the job summary' },
  { name: 'GRAPH_EXPECTATIONS', scope: 'run', value: { kind: 'text', expected: 'an expectations JSON file (`graph-contracts expectations` writes one)' }, meaning: 'the baseline of paths known not to pass; only differences fail the run' },
  { name: 'GRAPH_EXPECTATIONS_STRICT', scope: 'run', value: { kind: 'boolean', default: false }, meaning: 'a listed failure that now passes (`fixed`) fails the run too' },
  { name: 'GRAPH_PREVIOUS_REPORT', scope: 'run', value: { kind: 'text', expected: "the previous run's contract-report.json; a missing file is noted, never fatal" }, meaning: 'the report opens with what changed since that run' },
  { name: 'GRAPH_DOCS_BASE_URL', scope: 'run', value: { kind: 'url', expected: 'an absolute http(s) URL without query or fragment; a missing final `/` is added' }, meaning: "where the pages are published: each failure's `page:line` links to `<base><page>#L<line>`" },
  { name: 'GRAPH_READ', scope: 'run', value: { kind: 'boolean', default: true }, meaning: 'the `read` check: each created entity is read back (`GET`) and held to the contract and to the create\'s answer; `false` reports it skipped' },
  { name: 'GRAPH_READ_DEADLINE_MS', scope: 'run', value: { kind: 'int', min: 0, max: 600_000, default: 10_000 }, meaning: 'how long a created entity that answers 404 is read again (backoff from 100 ms to 1 s) before `READ_NOT_FOUND`: eventual consistency is not a failure until it lasts' },
  { name: 'GRAPH_ENV_FILE', scope: 'run', value: { kind: 'text', default: '.env', expected: 'a dotenv file; a missing one is ignored' }, meaning: 'the file read for variables not set in the environment' },
  // tenant
  { name: 'AZURE_TENANT_ID', scope: 'tenant', value: { kind: 'text', expected: 'the directory (tenant) id of the test tenant, a GUID (not a domain name: the write guard compares it with the token\'s `tid`); required with a client secret' }, meaning: 'the tenant the token is requested for and checked against' },
  { name: 'AZURE_CLIENT_ID', scope: 'tenant', value: { kind: 'text', expected: 'the application (client) id, a GUID; required with a client secret' }, meaning: 'the app registration' },
  { name: 'AZURE_CLIENT_SECRET', scope: 'tenant', value: { kind: 'secret', expected: 'a client secret of the app registration, or set GRAPH_ACCESS_TOKEN instead (not both)' }, meaning: 'client-credentials sign-in; redacted from every output' },
  { name: 'GRAPH_ACCESS_TOKEN', scope: 'tenant', value: { kind: 'secret', expected: 'a ready Graph access token (application or delegated), instead of AZURE_CLIENT_SECRET' }, meaning: "use this token; its `tid` is the tenant; redacted from every output" },
  { name: 'GRAPH_CLOUD', scope: 'tenant', value: { kind: 'choice', choices: ['global', 'usgov', 'dod', 'china'], default: 'global' }, meaning: 'picks the Graph host, the login host and the `.default` scope together' },
  { name: 'GRAPH_BASE_URL', scope: 'tenant', value: { kind: 'url', default: "the cloud's Graph host", expected: 'an absolute http(s) URL without query, no version segment (`http://127.0.0.1:8080` works)' }, meaning: 'overrides the Graph host' },
  { name: 'AZURE_AUTHORITY_HOST', scope: 'tenant', value: { kind: 'url', default: "the cloud's login host", expected: 'an absolute http(s) URL without query' }, meaning: 'overrides the login host (`{host}/{tenant}/oauth2/v2.0/token`)' },
  { name: 'GRAPH_API_VERSION', scope: 'tenant', value: { kind: 'choice', choices: ['beta', 'v1.0'], default: '' }, meaning: "forces this version for every contract; empty uses each contract's own" },
  { name: 'GRAPH_ALLOW_WRITES', scope: 'tenant', value: { kind: 'boolean', default: false }, meaning: 'the write guard: `true` lets the run create (and delete) entities; `false` or empty makes it read-only (token and model check only, every create skipped with its reason); any other value (`yes`, `1`) stops the run' },
  { name: 'GRAPH_ALLOWED_TENANTS', scope: 'tenant', value: { kind: 'text', expected: 'directory (tenant) ids, GUIDs separated by commas (spaces around each are ignored)' }, meaning: 'the only tenants a run may write to; the token\'s own `tid` must be listed too' },
  { name: 'GRAPH_WRITE_SCOPE', scope: 'tenant', value: { kind: 'text', default: '/deviceManagement,/deviceAppManagement', expected: 'path prefixes starting with `/`, separated by commas (`/` allows every path)' }, meaning: "the only paths a tenant run creates under (Intune's by default): outside Graph's Intune APIs a create can reach people (messages, mail, invitations, calls, licensed users), so any other path is skipped with that reason until its prefix is listed; the mock gate runs everything" },
  { name: 'GRAPH_PARAM_<name>', scope: 'tenant', value: { kind: 'text', expected: 'one variable per path parameter, e.g. `GRAPH_PARAM_mobileAppId`' }, meaning: 'the value of a `{parameter}` of the documented paths; wins over GRAPH_PARAMS_FILE' },
  { name: 'GRAPH_PARAMS_FILE', scope: 'tenant', value: { kind: 'text', expected: 'a JSON file `{"<parameter>": "<id>"}`' }, meaning: 'path-parameter values; unset ones are discovered (`$top=1` of the parent collection) or the path is skipped' },
  { name: 'GRAPH_BODY_OVERRIDES_FILE', scope: 'tenant', value: { kind: 'text', expected: 'a JSON file `{"<resource>": {"field": value, "$remove": ["field"]}}`' }, meaning: 'replaces placeholder values of the documented examples with tenant data; a replay given the same file sends what the recording run sent' },
  { name: 'GRAPH_RECORD', scope: 'tenant', value: { kind: 'text', expected: 'a folder (the tenant workflow uses `recordings`); created when missing' }, meaning: "keeps what the service answered to each path (create, read-back, refusal) there, in nock's recorded-definition format, one file per contract, merged with what it holds; the report writes it once per run" },
  { name: 'GRAPH_MARKER_PREFIX', scope: 'tenant', value: { kind: 'text', default: 'graph-contracts-', expected: 'text' }, meaning: 'written into a free-text field of each create so `graph-contracts sweep` finds leftovers' },
  { name: 'GRAPH_JOURNAL_DIR', scope: 'tenant', value: { kind: 'text', default: '.graph-contracts/journal', expected: 'a folder that outlives the run (created when missing); the same for the run and `graph-contracts sweep`' }, meaning: "where a tenant run writes down each create as it happens (before the POST, then the id and URL); `sweep` deletes exactly what these journals list; a run's journal is removed once its cleanup deleted everything" },
  { name: 'GRAPH_METADATA', scope: 'tenant', value: { kind: 'text', default: 'live', expected: '`live`, `off`, the path of an existing CSDL file, or one file per version: `beta=<file>,v1.0=<file>`' }, meaning: "the tenant run's model check: `$metadata` once per version, none, or pinned files" },
  { name: 'GRAPH_METADATA_REQUIRED', scope: 'tenant', value: { kind: 'boolean', default: false }, meaning: 'a model that cannot be had ($metadata down, too slow, too large) fails the run; otherwise it is reported as unavailable and the run is decided by the contract paths' },
  { name: 'GRAPH_METADATA_TIMEOUT_MS', scope: 'tenant', value: { kind: 'int', min: 1_000, max: 600_000, default: 30_000 }, meaning: "the model check's deadline for each model, retries included; past it the model is unavailable" },
  { name: 'GRAPH_METADATA_MAX_MB', scope: 'tenant', value: { kind: 'int', min: 1, max: 4_096, default: 64 }, meaning: 'a model larger than this is not read (`MODEL_TOO_LARGE`); today\'s are 1.5 to 4.2 MB' },
  { name: 'GRAPH_MAX_ATTEMPTS', scope: 'tenant', value: { kind: 'int', min: 1, max: 20, default: 5 }, meaning: 'attempts per request including the first; 429, 503, 504 and timeouts of GET/DELETE are retried' },
  { name: 'GRAPH_REQUEST_TIMEOUT_MS', scope: 'tenant', value: { kind: 'int', min: 100, max: 600_000, default: 30_000 }, meaning: 'a request with no answer by then is abandoned (a POST is not retried)' },
  { name: 'GRAPH_BACKOFF_BASE_MS', scope: 'tenant', value: { kind: 'int', min: 0, max: 60_000, default: 1_000 }, meaning: 'first backoff step when the service sends no Retry-After; doubles per attempt, with jitter' },
  { name: 'GRAPH_MAX_RETRY_WAIT_MS', scope: 'tenant', value: { kind: 'int', min: 0, max: 600_000, default: 120_000 }, meaning: 'a longer Retry-After is not waited for: the answer stands' },
  { name: 'GRAPH_CONCURRENCY', scope: 'tenant', value: { kind: 'int', min: 1, max: 64, default: 4 }, meaning: 'requests in flight at once through the tenant client' },
  { name: 'GRAPH_WRITE_BUDGET', scope: 'tenant', value: { kind: 'int', min: 1, max: 10_000, default: 100 }, meaning: "writes (POST, PATCH, DELETE) per window: Intune's 100 per 20 s per app per tenant" },
  { name: 'GRAPH_WRITE_WINDOW_MS', scope: 'tenant', value: { kind: 'int', min: 1, max: 3_600_000, default: 20_000 }, meaning: 'the write budget\'s window' },
  // tooling
  { name: 'CORPUS_DIR', scope: 'tooling', value: { kind: 'text', default: '../shared/corpus', expected: 'a folder of doc pages' }, meaning: 'the pages the bench scripts build' },
  { name: 'METADATA_DIR', scope: 'tooling', value: { kind: 'text', default: '../shared/metadata', expected: 'a folder of CSDL files' }, meaning: 'the models `bench/model-bench.ts` parses' },
  { name: 'BENCH_RUNS', scope: 'tooling', value: { kind: 'int', min: 1, max: 100, default: 3 }, meaning: 'runs per figure in `npm run bench` (the median is printed)' },
  { name: 'BENCH_TIMEOUT_S', scope: 'tooling', value: { kind: 'int', min: 1, max: 3_600, default: 30 }, meaning: 'a `bench:hostile` case still running then is killed and shown as such' },
  { name: 'FUZZ_SEED', scope: 'tooling', value: { kind: 'int', min: 0, max: 4_294_967_295, default: 0x9e3779b9 }, meaning: "another seed for the fuzz test's page mutations (run by hand)" },
  { name: 'FUZZ_SCALE', scope: 'tooling', value: { kind: 'int', min: 1, max: 1_000, default: 1 }, meaning: 'a multiplier on the fuzz test\'s mutants per page' },
  { name: 'FUZZ_REPORT', scope: 'tooling', value: { kind: 'text', expected: 'any non-empty value' }, meaning: 'the fuzz test prints its counts' },
] as const satisfies readonly EnvVariable[];

export type EnvVariableName = (typeof VARIABLES)[number]['name'];
export const ENV_VARIABLES: readonly EnvVariable[] = VARIABLES;

const BY_NAME = new Map<string, EnvVariable>(ENV_VARIABLES.map((variable) => [variable.name, variable]));

export function envVariable(name: EnvVariableName): EnvVariable {
  return BY_NAME.get(name)!;
}

/** The bounds and default of an integer variable, for readInt. */
export function intSpec(name: EnvVariableName): { min: number; max: number; default: number } {
  const { value } = envVariable(name);
  if (value.kind !== 'int') throw new Error(`${name} is not an integer variable`);
  return value;
}

/** The allowed values and default of a choice variable, for readChoice. */
export function choiceSpec(name: EnvVariableName): { choices: readonly string[]; default: string } {
  const { value } = envVariable(name);
  if (value.kind !== 'choice') throw new Error(`${name} is not a choice variable`);
  return value;
}
