// Everything a tenant run shares between the target and the sweep: the write guard (checked
// before any request), the token and its claims, the resilient client, parameter discovery.
import type { RunContext } from '../../config/run-context.ts';
import { ConfigError } from '../../config/config-error.ts';
import type { TenantConfig } from '../../config/tenant-config.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { createLimiter } from './concurrency-limit.ts';
import { createGraphClient, type GraphClient } from './graph-client.ts';
import { decodeTokenClaims, type TokenClaims } from './jwt-claims.ts';
import { createPathParameterResolver, type PathParameterResolver } from './path-parameters.ts';
import { readPathParamsFile } from './tenant-files.ts';
import { createTokenProvider, type TokenProvider } from './token-provider.ts';
import { checkTokenTenant, checkWriteGuard, readOnlyReason } from './write-guard.ts';
import { createWriteBudget, type WriteBudget } from './write-budget.ts';

export interface TenantSession {
  config: TenantConfig;
  /** From the token, lower-case. */
  tenantId: string;
  claims: TokenClaims;
  tokens: TokenProvider;
  client: GraphClient;
  writeBudget: WriteBudget;
  parameters: PathParameterResolver;
  /** Set when the run may not write (GRAPH_ALLOW_WRITES not "true"): why; every create is skipped with it. */
  readOnly?: string;
  /** `https://graph.microsoft.com/beta` for this contract (GRAPH_API_VERSION wins over the contract's). */
  baseUrlFor(contract: Contract): string;
}

/**
 * The session's write budget, token cache and registered tokens belong to `context`'s run.
 * `access`: 'writes' (the sweep) refuses unless writes are allowed; 'read-only-if-not-allowed'
 * (the contract run) opens a read-only session instead, still refusing a token of another tenant.
 */
export async function openTenantSession(context: RunContext, access: 'writes' | 'read-only-if-not-allowed' = 'writes'): Promise<TenantSession> {
  const { clock, redactor } = context;
  const config = context.config.tenant;
  if (!config) throw new ConfigError(['GRAPH_TARGET is "tenant" but no tenant settings were resolved: build the RunConfig with resolveRunConfig.']);
  const readOnly = access === 'read-only-if-not-allowed' ? readOnlyReason(config) : undefined;
  if (!readOnly) checkWriteGuard(config);
  const configuredParams = { ...(await readPathParamsFile(config.pathParamsFile)), ...config.pathParams };

  const tokens = createTokenProvider(config, clock, redactor);
  const claims = decodeTokenClaims(await tokens.get()) ?? { roles: [], scopes: [] };
  checkTokenTenant(config, claims.tenantId, readOnly !== undefined);
  const tenantId = claims.tenantId!;

  const writeBudget = createWriteBudget(config.resilience.writeBudget, clock);
  const client = createGraphClient({ resilience: config.resilience, tokens, limit: createLimiter(config.resilience.concurrency), writeBudget, clock });
  return {
    config,
    tenantId,
    claims,
    tokens,
    client,
    writeBudget,
    parameters: createPathParameterResolver(configuredParams, client),
    ...(readOnly ? { readOnly } : {}),
    baseUrlFor: (contract) => `${config.graphBaseUrl}/${config.apiVersion ?? contract.apiVersion}`,
  };
}
