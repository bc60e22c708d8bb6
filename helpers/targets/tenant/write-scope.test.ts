// The write scope keeps tenant runs to Intune unless a team lists more: unit rows for the prefix
// rule and /me, then a run against the fake Graph over Intune and non-Intune contracts.
import { afterEach, describe, expect, it } from 'vitest';
import { IdRegistry } from '../../checks/id-check.ts';
import { createSchemaValidator } from '../../contract/compile-schema.ts';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import { ConfigError } from '../../config/config-error.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import type { PathOutcome } from '../../gate/path-outcome.ts';
import { runContractPath } from '../../gate/run-contract-path.ts';
import { createTenantTarget } from './create-tenant-target.ts';
import { signedInUserSkipReason, writeScopeSkipReason } from './write-scope.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { GRAPH_WIDE_SAMPLE_CONTRACTS, SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';

const INTUNE = ['/deviceManagement', '/deviceAppManagement'];

describe('writeScopeSkipReason', () => {
  it.each([
    ['a path under a prefix', '/deviceManagement/deviceConfigurations', INTUNE, true],
    ['the prefix itself', '/deviceAppManagement', INTUNE, true],
    ['another case (Graph paths are case-insensitive)', '/DeviceManagement/x', INTUNE, true],
    ['a longer first segment is another path', '/deviceManagementPartners', INTUNE, false],
    ['outside every prefix', '/groups', INTUNE, false],
    ['Intune under /users is outside the default too', '/users/{usersId}/managedAppRegistrations', INTUNE, false],
    ['a listed deeper prefix', '/teams/{teamsId}/channels/{channelsId}/messages', ['/teams/{teamsId}/channels'], true],
    ['"/" allows every path', '/chats/{chatId}/messages', ['/'], true],
  ])('%s: %s', (_name, path, scope, allowed) => {
    const reason = writeScopeSkipReason(path, scope);
    expect(reason === undefined).toBe(allowed);
    if (reason) expect(reason).toMatch(/GRAPH_WRITE_SCOPE/);
  });
});

describe('signedInUserSkipReason', () => {
  const application = { roles: ['Calendars.ReadWrite'], scopes: [] };
  const delegated = { roles: [], scopes: ['Calendars.ReadWrite'] };
  it.each([
    ['/me with an application token', '/me/events', application, true],
    ['/me itself', '/me', application, true],
    ['/me with a delegated token', '/me/events', delegated, false],
    ['a path that only starts with "me"', '/messages', application, false],
    ['/users/{id}', '/users/{usersId}/events', application, false],
  ])('%s', (_name, path, claims, skipped) => {
    expect(signedInUserSkipReason(path, claims) !== undefined).toBe(skipped);
  });
});

describe('GRAPH_WRITE_SCOPE', () => {
  const env = (scope: string | undefined) => ({ GRAPH_TARGET: 'tenant', AZURE_TENANT_ID: '11111111-2222-3333-4444-555555555555', AZURE_CLIENT_ID: '66666666-7777-8888-9999-000000000000', AZURE_CLIENT_SECRET: 's', GRAPH_WRITE_SCOPE: scope });
  const scopeOf = (scope: string | undefined) => resolveRunConfig(env(scope)).tenant?.writeScope;

  it('defaults to Intune\'s two roots', () => {
    expect(scopeOf(undefined)).toEqual(INTUNE);
    expect(scopeOf('')).toEqual(INTUNE);
  });

  it('reads prefixes separated by commas (spaces around each ignored), trailing slashes dropped', () => {
    expect(scopeOf('/deviceManagement, /groups/ ,/teams')).toEqual(['/deviceManagement', '/groups', '/teams']);
  });

  it('splits on commas only, as every list: two prefixes separated by a space are named', () => {
    expect(() => scopeOf('/groups /teams')).toThrow(/GRAPH_WRITE_SCOPE holds "\/groups \/teams"/);
  });

  it('names a prefix that is no path', () => {
    expect(() => scopeOf('/groups,teams')).toThrow(ConfigError);
    expect(() => scopeOf('/groups,teams')).toThrow(/GRAPH_WRITE_SCOPE holds "teams"/);
  });
});

const started: FakeGraph[] = [];
afterEach(async () => Promise.all(started.splice(0).map((fake) => fake.close())));

/** Every contract path through the tenant target, then cleanup: what the spec does. */
async function run(fake: FakeGraph, env: Record<string, string | undefined>, contracts: Contract[]): Promise<PathOutcome[]> {
  const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake, env))));
  const outcomes: PathOutcome[] = [];
  try {
    for (const contract of contracts) {
      for (const pathTemplate of contract.operation.paths) {
        const identity = { contract: contract.source.file, resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate };
        outcomes.push(await runContractPath({ target, ids: new IdRegistry(), schemas: createSchemaValidator() }, contract, identity));
      }
    }
  } finally {
    await target.cleanup();
    await target.close();
  }
  return outcomes;
}

/** Writes to Graph (the token request goes to the login endpoint, not to a version path). */
const writes = (fake: FakeGraph) => fake.log.filter((line) => /^(?:POST|PATCH|PUT|DELETE) \/(?:beta|v1\.0)\//.test(line));
/** An app holding every permission the samples document, so only the scope can stop a create. */
const ROLES = ['DeviceManagementApps.ReadWrite.All', 'DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementManagedDevices.ReadWrite.All', 'Group.Create', 'Calendars.ReadWrite', 'Teamwork.Migrate.All'];

describe('a tenant run over Intune and non-Intune contracts', () => {
  const contracts = [...SAMPLE_CONTRACTS, ...GRAPH_WIDE_SAMPLE_CONTRACTS];

  it('with default settings writes only under /deviceManagement and /deviceAppManagement', async () => {
    const fake = await startFakeGraph({ contracts, roles: ROLES });
    started.push(fake);
    const outcomes = await run(fake, { GRAPH_WRITE_SCOPE: undefined }, contracts);
    expect(writes(fake).length).toBeGreaterThan(0);
    expect(writes(fake).filter((line) => !/^\w+ \/(?:beta|v1\.0)\/(?:deviceManagement|deviceAppManagement)(?:[/?]|$)/.test(line))).toEqual([]);
    const outside = outcomes.filter((outcome) => outcome.kind === 'skipped' && /outside the write scope/.test(outcome.reason));
    expect(outside.map((outcome) => outcome.pathTemplate)).toEqual(['/groups', '/users/{usersId}/events', '/teams/{teamsId}/channels/{channelsId}/messages']);
    const me = outcomes.find((outcome) => outcome.pathTemplate === '/me/events');
    expect(me).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('delegated only') });
  });

  it('creates under a prefix once GRAPH_WRITE_SCOPE lists it, and still nowhere else', async () => {
    const fake = await startFakeGraph({ contracts, roles: ROLES });
    started.push(fake);
    const outcomes = await run(fake, { GRAPH_WRITE_SCOPE: '/deviceManagement,/deviceAppManagement,/groups' }, contracts);
    expect(outcomes.find((outcome) => outcome.pathTemplate === '/groups')).toMatchObject({ kind: 'ran', status: 201 });
    expect(writes(fake).filter((line) => /\/(?:users|teams|me)\//.test(line))).toEqual([]);
    expect(fake.store.entries()).toEqual([]);
  });
});
