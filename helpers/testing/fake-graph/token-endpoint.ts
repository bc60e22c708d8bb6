// POST /{tenant}/oauth2/v2.0/token with grant_type=client_credentials: checks the app's
// id and secret and the `.default` scope, and issues a JWT whose `roles` are the app's
// granted application permissions (what Microsoft Entra ID puts in an app-only token).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signJwt } from './fake-jwt.ts';
import { readBody, sendJson } from './fake-http.ts';
import type { FakeSwitches } from './fake-switches.ts';

export interface FakeApp {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  roles: string[];
  scope: string;
}

export interface TokenState {
  key: string;
  /** Tokens of an older generation are rejected with 401, as if expired. */
  generation: number;
  /** Every token issued, so tests can search outputs for them. */
  issued: string[];
}

export async function handleTokenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  tenant: string,
  app: FakeApp,
  state: TokenState,
  switches: FakeSwitches,
): Promise<void> {
  const form = new URLSearchParams(await readBody(request));
  const fail = (error: string, description: string): void => sendJson(response, error === 'invalid_client' ? 401 : 400, { error, error_description: description });
  if (form.get('grant_type') !== 'client_credentials') return fail('unsupported_grant_type', 'AADSTS70003: only client_credentials is supported here.');
  if (tenant.toLowerCase() !== app.tenantId.toLowerCase()) return fail('invalid_request', `AADSTS90002: Tenant '${tenant}' not found.`);
  if (form.get('client_id') !== app.clientId || form.get('client_secret') !== app.clientSecret) {
    return fail('invalid_client', 'AADSTS7000215: Invalid client secret provided.');
  }
  if (form.get('scope') !== app.scope) return fail('invalid_scope', `AADSTS1002012: The provided value for scope ${form.get('scope')} is not valid.`);
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt(
    {
      aud: app.scope.replace(/\/\.default$/, ''),
      tid: switches.issueForTenant ?? app.tenantId,
      appid: app.clientId,
      roles: app.roles,
      iat: now,
      exp: now + switches.tokenLifetimeSeconds,
      gen: state.generation,
    },
    state.key,
  );
  state.issued.push(token);
  sendJson(response, 200, { token_type: 'Bearer', expires_in: switches.tokenLifetimeSeconds, ext_expires_in: switches.tokenLifetimeSeconds, access_token: token });
}
