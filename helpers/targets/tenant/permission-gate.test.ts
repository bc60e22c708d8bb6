import { describe, expect, it } from 'vitest';
import type { Contract } from '../../foundation/contract-types.ts';
import type { TokenClaims } from './jwt-claims.ts';
import { permissionSkipReason } from './permission-gate.ts';

const contract = (application: string[], delegatedWork: string[]): Contract =>
  ({ resource: 'thing', permissions: { application, delegatedWork, delegatedPersonal: [] } }) as unknown as Contract;
const claims = (roles: string[], scopes: string[] = []): TokenClaims => ({ roles, scopes });

describe('permissionSkipReason', () => {
  it.each([
    ['app token holding one documented role', contract(['A', 'B'], []), claims(['B']), undefined],
    ['role names compare case-insensitively', contract(['DeviceManagementApps.ReadWrite.All'], []), claims(['devicemanagementapps.readwrite.all']), undefined],
    ['app token without the role', contract(['A', 'B'], []), claims(['C']), /needs one of the application permissions A, B; the token holds C/],
    ['app token on a delegated-only page', contract([], ['A']), claims(['A']), /documents no application permission/],
    ['delegated token holding the scope', contract([], ['A']), claims([], ['A', 'B']), undefined],
    ['delegated token without it', contract(['A'], ['A']), claims([], ['B']), /needs one of the delegated \(work or school\) permissions A; the token holds B/],
    ['token with no permissions at all', contract(['A'], []), claims([]), /the token holds none/],
  ])('%s', (_name, given, held, want) => {
    const reason = permissionSkipReason(given, held);
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });
});
