// Signed test tokens for the fake Graph server. HS256 with a per-server key: the fake can
// tell its own tokens from forged or stale ones, which is all a stand-in needs.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type FakeClaims = Record<string, string | number | string[]>;

export function signJwt(claims: FakeClaims, key: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${header}.${payload}.${sign(`${header}.${payload}`, key)}`;
}

export function verifyJwt(token: string, key: string): FakeClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = Buffer.from(sign(`${header}.${payload}`, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FakeClaims;
}

function sign(input: string, key: string): string {
  return createHmac('sha256', key).update(input).digest('base64url');
}
