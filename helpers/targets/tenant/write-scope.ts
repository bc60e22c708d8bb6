// Which documented paths a tenant run may create under (GRAPH_WRITE_SCOPE), and which need a
// signed-in user. Checked before any request for the path: a path outside the scope is skipped
// with its reason, never sent.
import { isApplicationToken, type TokenClaims } from './jwt-claims.ts';

/** Why `pathTemplate` is outside the write scope, or undefined when a create may be sent there. */
export function writeScopeSkipReason(pathTemplate: string, scope: readonly string[]): string | undefined {
  const path = pathTemplate.toLowerCase();
  const inside = scope.some((prefix) => {
    const lower = prefix.toLowerCase();
    return lower === '/' || path === lower || path.startsWith(`${lower}/`);
  });
  if (inside) return undefined;
  return `outside the write scope: ${pathTemplate} is under none of GRAPH_WRITE_SCOPE's prefixes (${scope.join(', ')}); ` +
    'a create there can reach people (messages, mail, invitations, calls, licensed users). List its prefix in GRAPH_WRITE_SCOPE to run it.';
}

/** `/me/...` is the signed-in user: an application token (no user) cannot call it. */
export function signedInUserSkipReason(pathTemplate: string, claims: TokenClaims): string | undefined {
  if (!isApplicationToken(claims) || !/^\/me(?:\/|$)/i.test(pathTemplate)) return undefined;
  return `delegated only: ${pathTemplate} addresses the signed-in user (/me), and an application token has none. Run it with a delegated token (GRAPH_ACCESS_TOKEN), or use its /users/{id} path.`;
}
