// Configuration is resolved once per process, from the environment and .env, into one typed
// object that every stage receives (vitest.config.ts resolves it and provides it to workers).
// Every problem is collected so one ConfigError lists them all. Tenant fields are validated
// only when the tenant target is chosen.
import { ConfigError } from './config-error.ts';
import { readBaseUrl, readBoolean, readChoice, readIntVariable, readText, type Env } from './env-readers.ts';
import { resolveTenantConfig, type TenantConfig } from './tenant-config.ts';

export const TARGET_KINDS = ['mock', 'tenant', 'replay'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface ReplayConfig {
  /** RECORDINGS_DIR. */
  dir: string;
  /** GRAPH_REPLAY_STRICT: a path with no recorded answer fails instead of being generated. */
  strict: boolean;
  /** GRAPH_BODY_OVERRIDES_FILE: the overrides the recording run sent, so the replay sends the same. */
  bodyOverridesFile?: string;
}

export interface RunConfig {
  target: TargetKind;
  /** Folder of contract JSON files the specs run over. */
  contractsDir: string;
  /** Only contracts whose file name or resource contains this (case-insensitive) run; empty means all. */
  contractFilter: string;
  /** Contract paths in flight at once (8 on the mock, 2 on a tenant by default). */
  specConcurrency: number;
  /** How many vitest projects the contract gate is declared as (see helpers/gate/contract-projects.ts). */
  contractShards: number;
  /** Where the reporters write; never empty. */
  reportsDir: string;
  /** Present exactly when target is `replay`: where the recorded answers are, and what to do without one. */
  replay?: ReplayConfig;
  /** GitHub's job summary file, when the run is a GitHub Actions step. */
  stepSummaryFile?: string;
  /** GRAPH_EXPECTATIONS: the baseline of known non-passing paths; absent, every path is expected to pass. */
  expectationsFile?: string;
  /** GRAPH_EXPECTATIONS_STRICT: a listed failure that now passes (`fixed`) fails the run too. */
  expectationsStrict: boolean;
  /** GRAPH_PREVIOUS_REPORT: the contract-report.json of the last run, to report what changed. */
  previousReportFile?: string;
  /**
   * GRAPH_DOCS_BASE_URL: where the doc pages are published, ending in `/`; a check failure's
   * page line then links to `<base><page file>#L<line>`. Absent, the location is plain text.
   */
  docsBaseUrl?: string;
  /** The `read` check: GRAPH_READ and GRAPH_READ_DEADLINE_MS. */
  read: ReadConfig;
  /** Present exactly when target is `tenant`. */
  tenant?: TenantConfig;
}

export interface ReadConfig {
  /** GRAPH_READ: read each created entity back; off, the check is reported skipped. */
  enabled: boolean;
  /** GRAPH_READ_DEADLINE_MS: how long a 404 after the create is read again before it counts. */
  deadlineMs: number;
}

export const DEFAULT_RUN_CONFIG: RunConfig = {
  target: 'mock',
  contractsDir: 'contracts',
  contractFilter: '',
  specConcurrency: 8,
  contractShards: 1,
  reportsDir: 'reports',
  expectationsStrict: false,
  read: { enabled: true, deadlineMs: 10_000 },
};

const DEFAULT_TENANT_CONCURRENCY = 2;

export function resolveRunConfig(env: Env): RunConfig {
  const problems: string[] = [];
  const target = readChoice(env, 'GRAPH_TARGET', TARGET_KINDS, DEFAULT_RUN_CONFIG.target, problems);
  const concurrencyDefault = target === 'tenant' ? DEFAULT_TENANT_CONCURRENCY : DEFAULT_RUN_CONFIG.specConcurrency;
  const config: RunConfig = {
    target,
    contractsDir: readText(env, 'CONTRACTS_DIR') || DEFAULT_RUN_CONFIG.contractsDir,
    contractFilter: readText(env, 'CONTRACT'),
    specConcurrency: readIntVariable(env, 'SPEC_CONCURRENCY', problems, concurrencyDefault),
    contractShards: readIntVariable(env, 'CONTRACT_SHARDS', problems),
    reportsDir: readText(env, 'REPORTS_DIR') || DEFAULT_RUN_CONFIG.reportsDir,
    expectationsStrict: readBoolean(env, 'GRAPH_EXPECTATIONS_STRICT', DEFAULT_RUN_CONFIG.expectationsStrict, problems),
    read: {
      enabled: readBoolean(env, 'GRAPH_READ', DEFAULT_RUN_CONFIG.read.enabled, problems),
      deadlineMs: readIntVariable(env, 'GRAPH_READ_DEADLINE_MS', problems),
    },
  };
  const stepSummaryFile = readText(env, 'GITHUB_STEP_SUMMARY');
  if (stepSummaryFile) config.stepSummaryFile = stepSummaryFile;
  const expectationsFile = readText(env, 'GRAPH_EXPECTATIONS');
  if (expectationsFile) config.expectationsFile = expectationsFile;
  const previousReportFile = readText(env, 'GRAPH_PREVIOUS_REPORT');
  if (previousReportFile) config.previousReportFile = previousReportFile;
  const docsBaseUrl = readBaseUrl(env, 'GRAPH_DOCS_BASE_URL', problems);
  if (docsBaseUrl) config.docsBaseUrl = docsBaseUrl;
  if (target === 'replay') {
    const bodyOverridesFile = readText(env, 'GRAPH_BODY_OVERRIDES_FILE');
    config.replay = {
      dir: readText(env, 'RECORDINGS_DIR') || 'recordings',
      strict: readBoolean(env, 'GRAPH_REPLAY_STRICT', false, problems),
      ...(bodyOverridesFile ? { bodyOverridesFile } : {}),
    };
  }
  if (target === 'tenant') {
    try {
      config.tenant = resolveTenantConfig(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
