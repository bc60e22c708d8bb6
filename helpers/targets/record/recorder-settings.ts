// The recorder's settings, from the run's configuration: what to scrub (the redactor that
// knows every token the run fetched, and the tenant and app ids to pseudonymise), the host the
// run sent to and the cloud's own host the recordings name instead, the marker prefix, the
// version segment each contract was sent with.
import type { RunContext } from '../../config/run-context.ts';
import { NATIONAL_CLOUDS } from '../../config/national-clouds.ts';
import type { TenantConfig } from '../../config/tenant-config.ts';
import type { Target } from '../target-types.ts';
import { recordingTarget } from './recording-target.ts';
import { createScrub, type RecordingIdentity } from './scrub-secrets.ts';

export function recorderFor(target: Target, context: RunContext): Target {
  const tenant = context.config.tenant!;
  return recordingTarget(target, {
    scrub: createScrub(context.redactor, recordingIdentity(tenant)),
    baseUrl: tenant.graphBaseUrl,
    canonicalOrigin: NATIONAL_CLOUDS[tenant.cloud].graphHost,
    markerPrefix: tenant.markerPrefix,
    versionOf: (contract) => tenant.apiVersion ?? contract.apiVersion,
    cloud: tenant.cloud,
  });
}

/** The tenant and app ids of the run: configured, or (with a ready token) the token's own claims. */
export function recordingIdentity(tenant: TenantConfig): RecordingIdentity {
  const claims = tenant.credentials.kind === 'access-token' ? tokenClaims(tenant.credentials.accessToken) : {};
  const tenantId = tenant.tenantId || stringClaim(claims, 'tid');
  const clientId = tenant.credentials.kind === 'client-secret' ? tenant.credentials.clientId : (stringClaim(claims, 'appid') ?? stringClaim(claims, 'azp'));
  return { ...(tenantId ? { tenantId } : {}), ...(clientId ? { clientId } : {}) };
}

function tokenClaims(token: string): Record<string, unknown> {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringClaim(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value ? value : undefined;
}
