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
import { checkTokenTenant, checkWriteGuard } from './write-guard.ts';
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
  /** `https://graph.microsoft.com/beta` for this contract (GRAPH_API_VERSION wins over the contract's). */
  baseUrlFor(contract: Contract): string;
}

/** The session's write budget, token cache and registered tokens belong to `context`'s run. */
export async function openTenantSession(context: RunContext): Promise<TenantSession> {
  const { clock, redactor } = context;
  const config = context.config.tenant;
  if (!config) throw new ConfigError(['GRAPH_TARGET is "tenant" but no tenant settings were resolved: build the RunConfig with resolveRunConfig.']);
  checkWriteGuard(config);
  const configuredParams = { ...(await readPathParamsFile(config.pathParamsFile)), ...config.pathParams };

  const tokens = createTokenProvider(config, clock, redactor);
  const claims = decodeTokenClaims(await tokens.get()) ?? { roles: [], scopes: [] };
  checkTokenTenant(config, claims.tenantId);
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
    baseUrlFor: (contract) => `${config.graphBaseUrl}/${config.apiVersion ?? contract.apiVersion}`,
  };
}
