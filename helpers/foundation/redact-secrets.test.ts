import { describe, expect, it } from 'vitest';
import { SecretRedactor } from './redact-secrets.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl';

describe('SecretRedactor', () => {
  it.each([
    ['bearer header', 'Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [REDACTED]'],
    ['bare JWT', `token was ${JWT} here`, 'token was [REDACTED] here'],
    ['form field', 'grant_type=client_credentials&client_secret=s3cr3t~x&scope=y', 'grant_type=client_credentials&client_secret=[REDACTED]&scope=y'],
    ['JSON field', '{"access_token":"opaque-value","expires_in":3599}', '{"access_token":"[REDACTED]","expires_in":3599}'],
    ['nothing secret', 'POST /deviceAppManagement/mobileApps 201', 'POST /deviceAppManagement/mobileApps 201'],
  ])('%s', (_name, given, want) => {
    expect(new SecretRedactor().redact(given)).toBe(want);
  });

  it('blanks registered values wherever they appear, and ignores short ones', () => {
    const redactor = new SecretRedactor(['Zq8~very.secret-value', undefined]);
    redactor.register('abc');
    expect(redactor.redact('failed with Zq8~very.secret-value (abc)')).toBe('failed with [REDACTED] (abc)');
  });

  it('keeps registered values per redactor: two runs in one process do not share secrets', () => {
    const one = new SecretRedactor(['secret-of-run-one']);
    expect(new SecretRedactor().redact('secret-of-run-one')).toBe('secret-of-run-one');
    expect(one.redact('secret-of-run-one')).toBe('[REDACTED]');
  });

  it('blanks credential headers by name', () => {
    expect(new SecretRedactor().redactHeaders({ Authorization: 'opaque', Accept: 'application/json' })).toEqual({
      Authorization: '[REDACTED]',
      Accept: 'application/json',
    });
  });

  it('redacts every string of nested data in place, however deep', () => {
    let deep: Record<string, unknown> = { leaf: `Bearer ${JWT}` };
    for (let i = 0; i < 20_000; i++) deep = { next: deep };
    const data = { message: 'echoed Zq8~very.secret-value', list: [JWT, 3, null], deep };
    const out = new SecretRedactor(['Zq8~very.secret-value']).redactDeep(data);
    expect(out.message).toBe('echoed [REDACTED]');
    expect(out.list).toEqual(['[REDACTED]', 3, null]);
    let node = out.deep as Record<string, unknown>;
    while (node.next) node = node.next as Record<string, unknown>;
    expect(node.leaf).toBe('Bearer [REDACTED]');
  });

  it('redacts an error, keeping its name and code', () => {
    const error = Object.assign(new Error(`token ${JWT} refused`), { code: 'TOKEN_REQUEST_FAILED', name: 'TokenRequestError' });
    const safe = new SecretRedactor().redactError(error);
    expect([safe.message, safe.name, (safe as { code?: string }).code]).toEqual(['token [REDACTED] refused', 'TokenRequestError', 'TOKEN_REQUEST_FAILED']);
    expect(safe.stack).not.toContain('eyJ');
  });
});
