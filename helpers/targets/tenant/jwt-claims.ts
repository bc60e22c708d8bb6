// Reads the claims of an access token without verifying it: the service verifies; we only
// need to know which tenant it is for and which permissions it carries, to gate contracts.
import { parseJsonOrUndefined } from '../../foundation/json-object.ts';

export interface TokenClaims {
  tenantId?: string;
  /** Application permissions (client credentials). */
  roles: string[];
  /** Delegated permissions (a user's token), split from the space-separated `scp`. */
  scopes: string[];
  /** Expiry, epoch milliseconds. */
  expiresAt?: number;
}

export function decodeTokenClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  const claims = parseJsonOrUndefined(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null) return undefined;
  const { tid, roles, scp, exp } = claims as Record<string, unknown>;
  return {
    ...(typeof tid === 'string' ? { tenantId: tid.toLowerCase() } : {}),
    roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
    scopes: typeof scp === 'string' ? scp.split(' ').filter(Boolean) : [],
    ...(typeof exp === 'number' ? { expiresAt: exp * 1000 } : {}),
  };
}

/** Application permissions come as `roles`; a token with neither roles nor scopes is treated as one too. */
export function isApplicationToken(claims: TokenClaims): boolean {
  return claims.roles.length > 0 || claims.scopes.length === 0;
}
