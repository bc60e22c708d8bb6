// Nothing secret or identifying reaches a recording: every string and every key of what is
// recorded passes through here first. Secrets (the client secret, a ready token, every token
// the run fetched, anything shaped like a bearer credential or a JWT) become [REDACTED] through
// the run's redactor; the tenant and app ids become fixed pseudonyms, in any letter case, also
// inside longer text (a service that quotes them in an error message).
import type { SecretRedactor } from '../../foundation/redact-secrets.ts';
import { CLIENT_PSEUDONYM, TENANT_PSEUDONYM } from './stable-placeholders.ts';

export interface RecordingIdentity {
  /** The tenant's id (from the configuration, or the token's `tid`). */
  tenantId?: string;
  /** The app registration's id (from the configuration, or the token's `appid`/`azp`). */
  clientId?: string;
}

export type Scrub = (text: string) => string;

export function createScrub(redactor: Pick<SecretRedactor, 'redact'>, identity: RecordingIdentity): Scrub {
  const pseudonyms: Array<[RegExp, string]> = [];
  for (const [value, pseudonym] of [[identity.tenantId, TENANT_PSEUDONYM], [identity.clientId, CLIENT_PSEUDONYM]] as const) {
    if (value && value.trim().length >= 4) pseudonyms.push([new RegExp(escapeRegExp(value.trim()), 'gi'), pseudonym]);
  }
  return (text) => {
    let out = redactor.redact(text);
    for (const [pattern, pseudonym] of pseudonyms) out = out.replace(pattern, pseudonym);
    return out;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last net before a recording is written (in the reporter's process, which never saw the
 * tokens the workers fetched): the configured secrets and ids, and anything shaped like a
 * token. Returns what it found, described; never the value.
 */
export function createSecretFinder(secrets: ReadonlyArray<string | undefined>, identity: RecordingIdentity): (text: string) => string[] {
  const exact = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const ids = [[identity.tenantId, 'the tenant id'], [identity.clientId, 'the client id']].filter((entry): entry is [string, string] => typeof entry[0] === 'string' && entry[0].trim().length >= 4);
  return (text) => {
    const found: string[] = [];
    if (exact.some((secret) => text.includes(secret))) found.push('a configured secret');
    const lower = text.toLowerCase();
    for (const [id, what] of ids) if (lower.includes(id.trim().toLowerCase())) found.push(what);
    if (/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/.test(text)) found.push('a JWT');
    if (/\b(?:Bearer|Basic)\s+(?!\[REDACTED\])[A-Za-z0-9._~+/=-]{8,}/i.test(text)) found.push('a bearer credential');
    return found;
  };
}
