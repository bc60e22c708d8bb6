import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { DEFAULT_RUN_CONFIG, resolveRunConfig } from './run-config.ts';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '66666666-7777-8888-9999-000000000000';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const base = { GRAPH_TARGET: 'tenant', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'secret-value' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    resolveRunConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('resolveRunConfig', () => {
  it('defaults to the mock target without tenant settings', () => {
    expect(resolveRunConfig({})).toEqual(DEFAULT_RUN_CONFIG);
  });

  it('ignores broken tenant variables when the target is the mock', () => {
    expect(resolveRunConfig({ GRAPH_CLOUD: 'mars' }).tenant).toBeUndefined();
  });

  it.each([
    ['global', {}, 'https://graph.microsoft.com', 'https://login.microsoftonline.com', 'https://graph.microsoft.com/.default'],
    ['usgov', { GRAPH_CLOUD: 'usgov' }, 'https://graph.microsoft.us', 'https://login.microsoftonline.us', 'https://graph.microsoft.us/.default'],
    ['dod', { GRAPH_CLOUD: 'dod' }, 'https://dod-graph.microsoft.us', 'https://login.microsoftonline.us', 'https://dod-graph.microsoft.us/.default'],
    ['china', { GRAPH_CLOUD: 'china' }, 'https://microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn/.default'],
    [
      'hosts overridden to a local stand-in; the scope stays the cloud\'s',
      { GRAPH_BASE_URL: 'http://127.0.0.1:8080/', AZURE_AUTHORITY_HOST: 'http://127.0.0.1:8080' },
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080',
      'https://graph.microsoft.com/.default',
    ],
  ])('cloud %s picks hosts and scope together', (_name, env, graphBaseUrl, authorityHost, scope) => {
    expect(resolveRunConfig({ ...base, ...env }).tenant).toMatchObject({ graphBaseUrl, authorityHost, scope });
  });

  it('reads the rest of the tenant settings', () => {
    const tenant = resolveRunConfig({
      ...base,
      GRAPH_API_VERSION: 'v1.0',
      GRAPH_ALLOW_WRITES: 'true',
      GRAPH_ALLOWED_TENANTS: `${TENANT.toUpperCase()}, ${OTHER_TENANT}`,
      GRAPH_PARAM_mobileAppId: ' app-1 ',
      GRAPH_CONCURRENCY: '2',
    }).tenant;
    expect(tenant).toMatchObject({
      apiVersion: 'v1.0',
      allowWrites: true,
      allowedTenantIds: [TENANT, OTHER_TENANT],
      pathParams: { mobileAppId: 'app-1' },
      credentials: { kind: 'client-secret', clientId: CLIENT, clientSecret: 'secret-value' },
      resilience: { concurrency: 2, maxAttempts: 5, writeBudget: { writes: 100, windowMs: 20_000 } },
    });
  });

  it.each([
    ['', { kind: 'live' }],
    ['live', { kind: 'live' }],
    ['off', { kind: 'off' }],
    ['package.json', { kind: 'file', file: 'package.json' }],
  ])('reads GRAPH_METADATA=%j (empty means live on a tenant)', (value, metadata) => {
    expect(resolveRunConfig({ ...base, GRAPH_METADATA: value }).tenant?.metadata).toEqual(metadata);
  });

  it('accepts a ready access token instead of client credentials', () => {
    expect(resolveRunConfig({ GRAPH_TARGET: 'tenant', GRAPH_ACCESS_TOKEN: 'eyJ.a.b' }).tenant?.credentials).toEqual({ kind: 'access-token', accessToken: 'eyJ.a.b' });
  });

  it.each([
    ['an unknown target', { GRAPH_TARGET: 'prod' }, [/^GRAPH_TARGET is "prod": expected one of "mock", "tenant"/]],
    // Each of these once hung the run (0 workers) or silently ran one shard.
    ['SPEC_CONCURRENCY=0', { SPEC_CONCURRENCY: '0' }, [/^SPEC_CONCURRENCY is "0": expected a whole number from 1 to 64 \(default 8\)/]],
    ['SPEC_CONCURRENCY=abc', { SPEC_CONCURRENCY: 'abc' }, [/^SPEC_CONCURRENCY is "abc": expected a whole number from 1 to 64/]],
    ['SPEC_CONCURRENCY=-1', { SPEC_CONCURRENCY: '-1' }, [/^SPEC_CONCURRENCY is "-1": expected a whole number/]],
    ['SPEC_CONCURRENCY=2.5', { SPEC_CONCURRENCY: '2.5' }, [/^SPEC_CONCURRENCY is "2.5"/]],
    ['CONTRACT_SHARDS=0', { CONTRACT_SHARDS: '0' }, [/^CONTRACT_SHARDS is "0": expected a whole number from 1 to 64 \(default 1\)/]],
    ['CONTRACT_SHARDS=abc', { CONTRACT_SHARDS: 'abc' }, [/^CONTRACT_SHARDS is "abc"/]],
    ['CONTRACT_SHARDS=-2', { CONTRACT_SHARDS: '-2' }, [/^CONTRACT_SHARDS is "-2"/]],
    ['CONTRACT_SHARDS=2.5', { CONTRACT_SHARDS: '2.5' }, [/^CONTRACT_SHARDS is "2.5"/]],
    ['CONTRACT_SHARDS=1e1', { CONTRACT_SHARDS: '1e1' }, [/^CONTRACT_SHARDS is "1e1"/]],
    ['a bad value in both, listed together', { SPEC_CONCURRENCY: '0', CONTRACT_SHARDS: 'x', GRAPH_TARGET: 'nope' }, [/^GRAPH_TARGET/, /^SPEC_CONCURRENCY/, /^CONTRACT_SHARDS/]],
    [
      'no credentials at all',
      { GRAPH_TARGET: 'tenant' },
      [/^AZURE_TENANT_ID is empty/, /^AZURE_CLIENT_ID is empty/, /^AZURE_CLIENT_SECRET is empty: .*GRAPH_ACCESS_TOKEN/],
    ],
    [
      'every kind of bad value, all listed at once',
      { ...base, GRAPH_CLOUD: 'mars', GRAPH_BASE_URL: 'graph.microsoft.com', GRAPH_API_VERSION: 'v2', GRAPH_ALLOW_WRITES: 'yes', GRAPH_MAX_ATTEMPTS: '0' },
      [/^GRAPH_CLOUD is "mars": expected one of global, usgov, dod, china/, /^GRAPH_BASE_URL is "graph.microsoft.com": expected an absolute/, /^GRAPH_API_VERSION is "v2"/, /^GRAPH_ALLOW_WRITES is "yes"/, /^GRAPH_MAX_ATTEMPTS is "0": expected a whole number from 1 to 20/],
    ],
    ['both a token and a secret', { ...base, GRAPH_ACCESS_TOKEN: 'token' }, [/^GRAPH_ACCESS_TOKEN and AZURE_CLIENT_SECRET are both set/]],
    ['a GRAPH_METADATA file that does not exist', { ...base, GRAPH_METADATA: 'no/such/model.xml' }, [/^GRAPH_METADATA is "no\/such\/model.xml": expected "live" \(default\), "off", the path of an existing CSDL file, or one per version: "beta=<file>,v1.0=<file>"; no such file/]],
    ['a GRAPH_METADATA per version with an unknown version and a missing file', { ...base, GRAPH_METADATA: 'v2=a.xml,beta=no/such.xml' }, [/^GRAPH_METADATA names version "v2"/, /^GRAPH_METADATA gives beta the file "no\/such.xml": no such file/]],
    ['a GRAPH_METADATA_TIMEOUT_MS below its floor', { ...base, GRAPH_METADATA_TIMEOUT_MS: '10' }, [/^GRAPH_METADATA_TIMEOUT_MS is "10": expected a whole number from 1000 to 600000 \(default 30000\)/]],
  ])('rejects %s with one error naming each variable', (_name, env, want) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(want.length);
    want.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('takes empty values as defaults: `cp .env.example .env` runs as no .env does', () => {
    const copiedExample = { GRAPH_TARGET: '', CONTRACTS_DIR: '', CONTRACT: '', SPEC_CONCURRENCY: '', CONTRACT_SHARDS: '', REPORTS_DIR: '', GRAPH_CLOUD: '', GRAPH_EXPECTATIONS: '', GRAPH_EXPECTATIONS_STRICT: '', GRAPH_PREVIOUS_REPORT: '', GRAPH_DOCS_BASE_URL: '', GRAPH_READ: '', GRAPH_READ_DEADLINE_MS: '' };
    expect(resolveRunConfig(copiedExample)).toEqual(DEFAULT_RUN_CONFIG);
    expect(resolveRunConfig({ REPORTS_DIR: '  ' }).reportsDir).toBe('reports');
  });

  it('defaults the concurrency by target and reads every value given', () => {
    expect(resolveRunConfig({ ...base }).specConcurrency).toBe(2);
    expect(resolveRunConfig({ SPEC_CONCURRENCY: '16', CONTRACT_SHARDS: '3', REPORTS_DIR: 'out/r', GITHUB_STEP_SUMMARY: '/tmp/s' })).toMatchObject({ specConcurrency: 16, contractShards: 3, reportsDir: 'out/r', stepSummaryFile: '/tmp/s' });
  });

  it('reads the expectations baseline, its strictness and the previous report', () => {
    expect(resolveRunConfig({ GRAPH_EXPECTATIONS: 'expectations/tenant.json', GRAPH_EXPECTATIONS_STRICT: 'true', GRAPH_PREVIOUS_REPORT: 'prev/contract-report.json' })).toMatchObject({
      expectationsFile: 'expectations/tenant.json',
      expectationsStrict: true,
      previousReportFile: 'prev/contract-report.json',
    });
    expect(problemsOf({ GRAPH_EXPECTATIONS_STRICT: 'yes' })).toEqual(['GRAPH_EXPECTATIONS_STRICT is "yes": expected true or false, in any case (default false).']);
  });

  it('reads the read check\'s switch and deadline, and refuses values out of range', () => {
    expect(resolveRunConfig({}).read).toEqual({ enabled: true, deadlineMs: 10_000 });
    expect(resolveRunConfig({ GRAPH_READ: 'false', GRAPH_READ_DEADLINE_MS: '0' }).read).toEqual({ enabled: false, deadlineMs: 0 });
    expect(problemsOf({ GRAPH_READ: 'no', GRAPH_READ_DEADLINE_MS: '-1' })).toEqual([
      'GRAPH_READ is "no": expected true or false, in any case (default true).',
      'GRAPH_READ_DEADLINE_MS is "-1": expected a whole number from 0 to 600000 (default 10000).',
    ]);
  });

  it.each([
    ['with its slash', 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/main/api-reference/', 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/main/api-reference/'],
    ['without a final slash (added)', ' http://docs.local/pages ', 'http://docs.local/pages/'],
  ])('reads the docs base URL %s', (_name, value, want) => {
    expect(resolveRunConfig({ GRAPH_DOCS_BASE_URL: value }).docsBaseUrl).toBe(want);
  });

  it.each([['a relative path', 'api-reference/'], ['another scheme', 'file:///tmp/docs/'], ['a fragment', 'https://docs.local/#x'], ['not a URL', 'https//docs']])('rejects a docs base URL that is %s', (_name, value) => {
    expect(problemsOf({ GRAPH_DOCS_BASE_URL: value })).toEqual([expect.stringMatching(/^GRAPH_DOCS_BASE_URL is ".*": expected an absolute http\(s\) URL/)]);
  });

  // Every boolean variable goes through one reader: true and false as people write them.
  it.each([
    ['true', true], ['True', true], ['TRUE', true], [' true ', true],
    ['false', false], ['False', false], ['FALSE', false], ['', false],
  ])('reads GRAPH_ALLOW_WRITES=%j as %s, and the other booleans alike', (value, want) => {
    const config = resolveRunConfig({ ...base, GRAPH_ALLOW_WRITES: value, GRAPH_METADATA_REQUIRED: value, GRAPH_EXPECTATIONS_STRICT: value });
    expect([config.tenant?.allowWrites, config.tenant?.modelCheck.required, config.expectationsStrict]).toEqual([want, want, want]);
  });

  it.each(['yes', '1', 'on', 'ture', 'no', '0'])('refuses GRAPH_ALLOW_WRITES=%j naming the accepted values, never reading it as false', (value) => {
    expect(problemsOf({ ...base, GRAPH_ALLOW_WRITES: value })).toEqual([`GRAPH_ALLOW_WRITES is "${value}": expected true or false, in any case (default false).`]);
  });

  it('names each README placeholder left in .env as a placeholder, never showing the secret', () => {
    const readme = {
      GRAPH_TARGET: 'tenant',
      AZURE_TENANT_ID: '<directory (tenant) id>',
      AZURE_CLIENT_ID: '<application (client) id>',
      AZURE_CLIENT_SECRET: '<client secret value>',
      GRAPH_ALLOW_WRITES: 'true',
      GRAPH_ALLOWED_TENANTS: '<directory (tenant) id>',
    };
    const problems = problemsOf(readme);
    expect(problems).toEqual([
      expect.stringMatching(/^AZURE_TENANT_ID still holds the README's placeholder "<directory \(tenant\) id>": replace it with the directory \(tenant\) id of the test tenant/),
      expect.stringMatching(/^AZURE_CLIENT_ID still holds the README's placeholder "<application \(client\) id>": replace it with the application \(client\) id/),
      expect.stringMatching(/^AZURE_CLIENT_SECRET still holds the README's placeholder: replace it with a client secret value/),
      expect.stringMatching(/^GRAPH_ALLOWED_TENANTS still holds the README's placeholder "<directory \(tenant\) id>": replace it/),
    ]);
  });

  it.each([
    ['a tenant id that is not a GUID', { AZURE_TENANT_ID: 'my-tenant' }, /^AZURE_TENANT_ID is "my-tenant", not a GUID \(such as 00000000-0000-0000-0000-000000000000\): expected the directory \(tenant\) id of the test tenant/],
    ['a tenant domain name', { AZURE_TENANT_ID: 'contoso.onmicrosoft.com' }, /^AZURE_TENANT_ID is "contoso.onmicrosoft.com", a domain name: expected the directory \(tenant\) id .*the token's tenant \(tid\), which is always that GUID/],
    ['a client id that is not a GUID', { AZURE_CLIENT_ID: 'my-app' }, /^AZURE_CLIENT_ID is "my-app", not a GUID .*: expected the application \(client\) id/],
    ['allowed tenants separated by spaces', { GRAPH_ALLOWED_TENANTS: `${TENANT} ${OTHER_TENANT}` }, /^GRAPH_ALLOWED_TENANTS holds "11111111-.* 66666666-.*": expected directory \(tenant\) ids, GUIDs separated by commas/],
    ['an allowed tenant that is a domain', { GRAPH_ALLOWED_TENANTS: `${TENANT},contoso.onmicrosoft.com` }, /^GRAPH_ALLOWED_TENANTS holds "contoso.onmicrosoft.com": expected directory \(tenant\) ids/],
  ])('refuses %s, naming what is expected', (_name, env, want) => {
    expect(problemsOf({ ...base, ...env })).toEqual([expect.stringMatching(want)]);
  });

  it('splits GRAPH_ALLOWED_TENANTS on commas only, trimming each item and dropping empty ones', () => {
    expect(resolveRunConfig({ ...base, GRAPH_ALLOWED_TENANTS: ` ${TENANT} ,, ${OTHER_TENANT.toUpperCase()},` }).tenant?.allowedTenantIds).toEqual([TENANT, OTHER_TENANT]);
  });

  it('raises a ConfigError with a stable code', () => {
    expect(() => resolveRunConfig({ GRAPH_TARGET: 'tenant' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('recorded answers (GRAPH_RECORD, GRAPH_TARGET=replay)', () => {
  it('replay reads RECORDINGS_DIR (default recordings), GRAPH_REPLAY_STRICT and the overrides file', () => {
    expect(resolveRunConfig({ GRAPH_TARGET: 'replay' }).replay).toEqual({ dir: 'recordings', strict: false });
    expect(resolveRunConfig({ GRAPH_TARGET: 'replay', RECORDINGS_DIR: 'rec', GRAPH_REPLAY_STRICT: 'true', GRAPH_BODY_OVERRIDES_FILE: 'o.json' }).replay).toEqual({ dir: 'rec', strict: true, bodyOverridesFile: 'o.json' });
    expect(problemsOf({ GRAPH_TARGET: 'replay', GRAPH_REPLAY_STRICT: 'yes' })).toEqual(['GRAPH_REPLAY_STRICT is "yes": expected true or false, in any case (default false).']);
  });

  it('records only on a tenant run: GRAPH_RECORD in a .env never makes a mock run write recordings', () => {
    expect(resolveRunConfig({ ...base, GRAPH_RECORD: 'recordings' }).tenant?.recordDir).toBe('recordings');
    expect(resolveRunConfig({ GRAPH_RECORD: 'recordings' })).toEqual(DEFAULT_RUN_CONFIG);
  });
});
