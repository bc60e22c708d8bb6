// Tenant settings, validated only when GRAPH_TARGET=tenant. Every problem is collected so the
// ConfigError lists them all; each names the variable, what it held and what was expected.
import { existsSync } from 'node:fs';
import type { ApiVersion } from '../foundation/contract-types.ts';
import { ConfigError } from './config-error.ts';
import { isGuid, isPlaceholder, parseHttpUrl, placeholderProblem, readBoolean, readGuid, readIntVariable, readList, readText, splitList, type Env } from './env-readers.ts';
import { NATIONAL_CLOUDS, defaultScope, isGraphCloud, type GraphCloud } from './national-clouds.ts';
import { readWriteScope } from './write-scope.ts';

export type TenantCredentials =
  | { kind: 'client-secret'; clientId: string; clientSecret: string }
  | { kind: 'access-token'; accessToken: string };

export interface ResilienceConfig {
  /** Attempts per request including the first; 429/503/504 and timeouts of idempotent calls are retried. */
  maxAttempts: number;
  requestTimeoutMs: number;
  /** First backoff step when the service gives no Retry-After; doubles per attempt, with jitter. */
  backoffBaseMs: number;
  /** A Retry-After longer than this is not waited for: the answer is returned as is. */
  maxRetryWaitMs: number;
  concurrency: number;
  /** Intune allows 100 writes (POST/PATCH/DELETE) per 20 s per app per tenant. */
  writeBudget: { writes: number; windowMs: number };
}

/**
 * GRAPH_METADATA: where a tenant run's model check gets the service model. `live` fetches
 * `{graphBaseUrl}/{version}/$metadata` once per API version the run touches; `file` reads one
 * CSDL file (offline, e.g. a pinned copy); `off` skips the check.
 */
export type MetadataSetting = { kind: 'live' } | { kind: 'off' } | { kind: 'file'; file: string } | { kind: 'files'; files: Partial<Record<ApiVersion, string>> };

/** How a tenant run's model check may fail without deciding the run. */
export interface ModelCheckBounds {
  /** An unavailable model fails the run (GRAPH_METADATA_REQUIRED). */
  required: boolean;
  /** Per model, retries included. */
  timeoutMs: number;
  maxBytes: number;
}

export interface TenantConfig {
  /** Empty only with a ready access token; the token's `tid` is then the tenant. */
  tenantId: string;
  cloud: GraphCloud;
  /** Origin (and optional path prefix) without version, e.g. `https://graph.microsoft.com`. */
  graphBaseUrl: string;
  authorityHost: string;
  scope: string;
  /** Forces the version segment; otherwise each contract's own apiVersion is used. */
  apiVersion?: ApiVersion;
  credentials: TenantCredentials;
  allowWrites: boolean;
  allowedTenantIds: string[];
  /** GRAPH_WRITE_SCOPE: the path prefixes a run may create under. */
  writeScope: string[];
  /** From `GRAPH_PARAM_<name>`; a file (pathParamsFile) may add more, environment wins. */
  pathParams: Record<string, string>;
  pathParamsFile?: string;
  bodyOverridesFile?: string;
  /** Prefix written into a marker field (displayName...) so a sweep can find leftovers. */
  markerPrefix: string;
  /** GRAPH_JOURNAL_DIR: where each run writes down what it creates, for its cleanup and `sweep`. */
  journalDir: string;
  /** GRAPH_RECORD: the folder the run's answers are recorded into; absent, nothing is recorded. */
  recordDir?: string;
  resilience: ResilienceConfig;
  metadata: MetadataSetting;
  modelCheck: ModelCheckBounds;
}

const PARAM_PREFIX = 'GRAPH_PARAM_';
const TENANT_ID = 'the directory (tenant) id of the test tenant, a GUID (Entra admin center: App registrations > your app > Overview)';
const CLIENT_ID = 'the application (client) id of the app registration, a GUID (its Overview page)';

export function resolveTenantConfig(env: Env): TenantConfig {
  const problems: string[] = [];
  const read = (name: string): string => (env[name] ?? '').trim();

  const cloudText = read('GRAPH_CLOUD') || 'global';
  let cloud: GraphCloud = 'global';
  if (isGraphCloud(cloudText)) cloud = cloudText;
  else problems.push(`GRAPH_CLOUD is "${cloudText}": expected one of ${Object.keys(NATIONAL_CLOUDS).join(', ')}.`);

  const graphBaseUrl = readUrl('GRAPH_BASE_URL', read('GRAPH_BASE_URL') || NATIONAL_CLOUDS[cloud].graphHost, problems);
  const authorityHost = readUrl('AZURE_AUTHORITY_HOST', read('AZURE_AUTHORITY_HOST') || NATIONAL_CLOUDS[cloud].authorityHost, problems);

  const apiVersionText = read('GRAPH_API_VERSION');
  if (apiVersionText && apiVersionText !== 'beta' && apiVersionText !== 'v1.0') {
    problems.push(`GRAPH_API_VERSION is "${apiVersionText}": expected "beta" or "v1.0", or leave it unset to use each contract's version.`);
  }

  const tenantId = readTenantId(env, problems);
  const accessToken = readSecret(env, 'GRAPH_ACCESS_TOKEN', 'a ready Graph access token', problems);
  const clientId = readGuid(env, 'AZURE_CLIENT_ID', CLIENT_ID, problems);
  const clientSecret = readSecret(env, 'AZURE_CLIENT_SECRET', 'a client secret value of the app registration', problems);
  const credentials = readCredentials({ tenantId, accessToken, clientId, clientSecret }, problems);

  const allowWrites = readBoolean(env, 'GRAPH_ALLOW_WRITES', false, problems);
  const allowedTenantIds = readAllowedTenants(env, problems);

  const resilience: ResilienceConfig = {
    maxAttempts: readIntVariable(env, 'GRAPH_MAX_ATTEMPTS', problems),
    requestTimeoutMs: readIntVariable(env, 'GRAPH_REQUEST_TIMEOUT_MS', problems),
    backoffBaseMs: readIntVariable(env, 'GRAPH_BACKOFF_BASE_MS', problems),
    maxRetryWaitMs: readIntVariable(env, 'GRAPH_MAX_RETRY_WAIT_MS', problems),
    concurrency: readIntVariable(env, 'GRAPH_CONCURRENCY', problems),
    writeBudget: {
      writes: readIntVariable(env, 'GRAPH_WRITE_BUDGET', problems),
      windowMs: readIntVariable(env, 'GRAPH_WRITE_WINDOW_MS', problems),
    },
  };

  const metadata = readMetadataSetting(read('GRAPH_METADATA'), problems);
  const modelCheck: ModelCheckBounds = {
    required: readBoolean(env, 'GRAPH_METADATA_REQUIRED', false, problems),
    timeoutMs: readIntVariable(env, 'GRAPH_METADATA_TIMEOUT_MS', problems),
    maxBytes: readIntVariable(env, 'GRAPH_METADATA_MAX_MB', problems) * 1024 * 1024,
  };

  const writeScope = readWriteScope(read('GRAPH_WRITE_SCOPE'), problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    tenantId,
    cloud,
    graphBaseUrl,
    authorityHost,
    scope: defaultScope(cloud),
    ...(apiVersionText ? { apiVersion: apiVersionText as ApiVersion } : {}),
    credentials,
    allowWrites,
    allowedTenantIds,
    writeScope,
    pathParams: readPathParams(env),
    ...(read('GRAPH_PARAMS_FILE') ? { pathParamsFile: read('GRAPH_PARAMS_FILE') } : {}),
    ...(read('GRAPH_BODY_OVERRIDES_FILE') ? { bodyOverridesFile: read('GRAPH_BODY_OVERRIDES_FILE') } : {}),
    markerPrefix: read('GRAPH_MARKER_PREFIX') || 'graph-contracts-',
    journalDir: read('GRAPH_JOURNAL_DIR') || '.graph-contracts/journal',
    ...(read('GRAPH_RECORD') ? { recordDir: read('GRAPH_RECORD') } : {}),
    resilience,
    metadata,
    modelCheck,
  };
}

/** Empty means `live`: a tenant run checks the contracts against the service's own model. */
function readMetadataSetting(text: string, problems: string[]): MetadataSetting {
  if (text === '' || text === 'live') return { kind: 'live' };
  if (text === 'off') return { kind: 'off' };
  const expected = 'expected "live" (default), "off", the path of an existing CSDL file, or one per version: "beta=<file>,v1.0=<file>"';
  if (!/^[A-Za-z0-9.]+=/.test(text)) {
    if (!existsSync(text)) problems.push(`GRAPH_METADATA is "${text}": ${expected}; no such file.`);
    return { kind: 'file', file: text };
  }
  const files: Partial<Record<ApiVersion, string>> = {};
  for (const pair of splitList(text)) {
    const [version, file = ''] = pair.split(/=(.*)/s, 2);
    if (version !== 'beta' && version !== 'v1.0') problems.push(`GRAPH_METADATA names version "${version}" in "${pair}": ${expected}.`);
    else if (files[version]) problems.push(`GRAPH_METADATA names ${version} twice: ${expected}.`);
    else if (!existsSync(file)) problems.push(`GRAPH_METADATA gives ${version} the file "${file}": no such file.`);
    else files[version] = file;
  }
  return { kind: 'files', files };
}

function readCredentials(
  given: { tenantId: string; accessToken: string; clientId: string; clientSecret: string },
  problems: string[],
): TenantCredentials {
  const { tenantId, accessToken, clientId, clientSecret } = given;
  if (accessToken) {
    if (clientSecret) problems.push('GRAPH_ACCESS_TOKEN and AZURE_CLIENT_SECRET are both set: expected one of them, so it is clear which identity writes.');
    return { kind: 'access-token', accessToken };
  }
  if (!tenantId) problems.push(`AZURE_TENANT_ID is empty: expected ${TENANT_ID}.`);
  if (!clientId) problems.push(`AZURE_CLIENT_ID is empty: expected ${CLIENT_ID}.`);
  if (!clientSecret) problems.push('AZURE_CLIENT_SECRET is empty: expected a client secret of the app registration, or set GRAPH_ACCESS_TOKEN instead.');
  return { kind: 'client-secret', clientId, clientSecret };
}

function readUrl(name: string, value: string, problems: string[]): string {
  if (parseHttpUrl(value)) return value.replace(/\/+$/, '');
  problems.push(`${name} is "${value}": expected an absolute http(s) URL without query, e.g. https://graph.microsoft.com or http://127.0.0.1:8080.`);
  return value;
}

function readPathParams(env: Env): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith(PARAM_PREFIX) && value) params[name.slice(PARAM_PREFIX.length)] = value.trim();
  }
  return params;
}

/**
 * The tenant's directory id, a GUID. Entra also takes a verified domain name
 * (contoso.onmicrosoft.com) for client credentials, but the write guard compares the configured
 * tenant with the token's own `tid`, which is always the GUID: a domain here could never be
 * verified, so it is refused with where to find the GUID.
 */
function readTenantId(env: Env, problems: string[]): string {
  const text = readText(env, 'AZURE_TENANT_ID');
  if (text && !isPlaceholder(text) && !isGuid(text) && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(text)) {
    problems.push(`AZURE_TENANT_ID is "${text}", a domain name: expected ${TENANT_ID}; the write guard compares it with the token's tenant (tid), which is always that GUID.`);
    return text;
  }
  return readGuid(env, 'AZURE_TENANT_ID', TENANT_ID, problems);
}

/** Comma-separated tenant ids, lower-case; each must be a GUID, since the token's `tid` it is compared with is one. */
function readAllowedTenants(env: Env, problems: string[]): string[] {
  const ids = readList(env, 'GRAPH_ALLOWED_TENANTS');
  for (const id of ids) {
    if (isPlaceholder(id)) problems.push(placeholderProblem('GRAPH_ALLOWED_TENANTS', id, `${TENANT_ID}, or several separated by commas`));
    else if (!isGuid(id)) problems.push(`GRAPH_ALLOWED_TENANTS holds "${id}": expected directory (tenant) ids, GUIDs separated by commas.`);
  }
  return ids.map((id) => id.toLowerCase());
}

/** A secret: a placeholder left in it is named, its value never shown. */
function readSecret(env: Env, name: string, expected: string, problems: string[]): string {
  const text = readText(env, name);
  if (isPlaceholder(text)) problems.push(placeholderProblem(name, text, expected, true));
  return text;
}
