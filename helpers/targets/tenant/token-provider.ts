// Access tokens: a ready one from GRAPH_ACCESS_TOKEN, or OAuth2 client credentials
// (POST {authority}/{tenant}/oauth2/v2.0/token, scope `{graph}/.default`). A fetched token is
// cached until shortly before it expires; `invalidate` makes the next `get` fetch a new one,
// which the client does once when Graph answers 401.
import type { TenantConfig } from '../../config/tenant-config.ts';
import type { SecretRedactor } from '../../foundation/redact-secrets.ts';
import type { Clock } from '../../foundation/clock.ts';
import { decodeTokenClaims } from './jwt-claims.ts';
import { TokenRequestError } from './tenant-errors.ts';

export interface TokenProvider {
  get(): Promise<string>;
  invalidate(): void;
  /** How many tokens were fetched from the token endpoint, for the report. */
  fetches(): number;
}

/** Refresh this long before expiry (capped at half the lifetime, for short-lived test tokens). */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/** Every token and secret it handles is registered with `redactor`, and its errors are redacted. */
export function createTokenProvider(config: TenantConfig, clock: Clock, redactor: SecretRedactor): TokenProvider {
  const credentials = config.credentials;
  if (credentials.kind === 'access-token') {
    redactor.register(credentials.accessToken);
    return { get: async () => credentials.accessToken, invalidate: () => {}, fetches: () => 0 };
  }
  redactor.register(credentials.clientSecret);
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;
  let count = 0;

  const fetchToken = async (): Promise<string> => {
    const url = `${config.authorityHost}/${encodeURIComponent(config.tenantId)}/oauth2/v2.0/token`;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      scope: config.scope,
    });
    count += 1;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      signal: AbortSignal.timeout(config.resilience.requestTimeoutMs),
    }).catch((error: unknown) => {
      throw new TokenRequestError(redactor.redact(`Token request to ${url} failed: ${String(error)}. Check AZURE_AUTHORITY_HOST and the network.`));
    });
    const text = await response.text();
    const body = safeJson(text);
    const token = typeof body?.access_token === 'string' ? body.access_token : undefined;
    if (!response.ok || !token) {
      const detail = typeof body?.error_description === 'string' ? body.error_description : text.slice(0, 300);
      throw new TokenRequestError(
        redactor.redact(`Token request to ${url} answered ${response.status}: ${detail}. Check AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.`),
      );
    }
    redactor.register(token);
    const now = clock.now();
    const expiresInSeconds = Number(body?.expires_in);
    const expiresIn = Number.isFinite(expiresInSeconds) ? expiresInSeconds * 1000 : (decodeTokenClaims(token)?.expiresAt ?? now) - now;
    cached = { token, refreshAt: now + expiresIn - Math.min(EXPIRY_MARGIN_MS, expiresIn / 2) };
    return token;
  };

  return {
    async get() {
      if (cached && clock.now() < cached.refreshAt) return cached.token;
      // One fetch shared by every request that finds the cache stale at the same moment.
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
    fetches: () => count,
  };
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
