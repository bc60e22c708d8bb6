// A contract runs only when the token holds one of its documented permissions of the
// token's kind: `roles` are application permissions, `scp` delegated (work or school).
import type { Contract } from '../../foundation/contract-types.ts';
import { isApplicationToken, type TokenClaims } from './jwt-claims.ts';

export function permissionSkipReason(contract: Contract, claims: TokenClaims): string | undefined {
  const application = isApplicationToken(claims);
  const kind = application ? 'application' : 'delegated (work or school)';
  const held = application ? claims.roles : claims.scopes;
  const needed = application ? contract.permissions.application : contract.permissions.delegatedWork;
  if (needed.length === 0) {
    return `missing permission: ${contract.resource} documents no ${kind} permission ("Not supported."), so this token cannot call it.`;
  }
  const heldLower = new Set(held.map((p) => p.toLowerCase()));
  if (needed.some((p) => heldLower.has(p.toLowerCase()))) return undefined;
  return (
    `missing permission: ${contract.resource} needs one of the ${kind} permissions ${needed.join(', ')}; ` +
    `the token holds ${held.length > 0 ? held.join(', ') : 'none'}. Grant one to the app registration and give admin consent.`
  );
}
