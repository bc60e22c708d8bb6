// Writes are the dangerous part of a tenant run. Both checks run before any request to the
// tenant: the configured id against the allow-list (before even fetching a token), then the
// token's own `tid` (the authoritative answer to "which tenant would this write to?").
// With GRAPH_ALLOW_WRITES not "true" a contract run is read-only instead of refused (see
// readOnlyReason); the sweep, which deletes, still requires the guard.
import type { TenantConfig } from '../../config/tenant-config.ts';
import { TenantMismatchError, WriteRefusedError } from './tenant-errors.ts';

/**
 * Why this run may not write, or undefined when it may. A run that may not write still reads
 * (token, $metadata): the tenant run becomes a read-only model check, every create skipped
 * with this reason.
 */
export function readOnlyReason(config: TenantConfig): string | undefined {
  if (config.allowWrites) return undefined;
  return 'writes not allowed: GRAPH_ALLOW_WRITES is not "true" (read-only run: the model check runs, no entity is created). ' +
    'Set GRAPH_ALLOW_WRITES=true and list the test tenant in GRAPH_ALLOWED_TENANTS to run the creates.';
}

/**
 * Refuses unless this session may write. A contract run without GRAPH_ALLOW_WRITES=true is
 * read-only instead (readOnlyReason), so the first refusal is only ever the sweep's.
 */
export function checkWriteGuard(config: TenantConfig): void {
  if (!config.allowWrites) {
    throw new WriteRefusedError(
      'Refusing to sweep: GRAPH_ALLOW_WRITES is not "true", a read-only setup. Its runs create nothing, so they leave ' +
        'nothing to sweep; the sweep deletes, so it needs writes allowed. To delete what runs with writes allowed left ' +
        'behind, set GRAPH_ALLOW_WRITES=true and list the test tenant in GRAPH_ALLOWED_TENANTS.',
    );
  }
  if (config.tenantId && !config.allowedTenantIds.includes(config.tenantId.toLowerCase())) {
    throw new WriteRefusedError(
      `Refusing to write to tenant ${config.tenantId}: it is not in GRAPH_ALLOWED_TENANTS ` +
        `(${config.allowedTenantIds.join(', ') || 'empty'}). Add it there only if it is a test tenant.`,
    );
  }
}

/** `readOnly`: the run will not write, so the allow-list does not apply; a token for another tenant is still fatal. */
export function checkTokenTenant(config: TenantConfig, tokenTenantId: string | undefined, readOnly = false): void {
  const expected = config.tenantId.toLowerCase();
  if (!tokenTenantId) {
    throw new TenantMismatchError('Refusing to write: the access token carries no tenant id (tid claim), so the target tenant cannot be verified. Use a Microsoft Entra access token for Microsoft Graph.');
  }
  if (expected && tokenTenantId !== expected) {
    throw new TenantMismatchError(
      `Refusing to write: the access token is for tenant ${tokenTenantId}, but AZURE_TENANT_ID is ${config.tenantId}. ` +
        'Check AZURE_TENANT_ID, AZURE_AUTHORITY_HOST and GRAPH_ACCESS_TOKEN.',
    );
  }
  if (!readOnly && !config.allowedTenantIds.includes(tokenTenantId)) {
    throw new WriteRefusedError(`Refusing to write to tenant ${tokenTenantId} (from the token): it is not in GRAPH_ALLOWED_TENANTS.`);
  }
}
