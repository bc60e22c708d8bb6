import { afterEach, describe, expect, it } from 'vitest';
import { clearRegisteredSecrets, redactHeaders, redactSecrets, registerSecret, registerSecretsFromEnv } from './redact-secrets.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl';

describe('redactSecrets', () => {
  afterEach(clearRegisteredSecrets);

  it.each([
    ['bearer header', 'Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [REDACTED]'],
    ['bare JWT', `token was ${JWT} here`, 'token was [REDACTED] here'],
    ['form field', 'grant_type=client_credentials&client_secret=s3cr3t~x&scope=y', 'grant_type=client_credentials&client_secret=[REDACTED]&scope=y'],
    ['JSON field', '{"access_token":"opaque-value","expires_in":3599}', '{"access_token":"[REDACTED]","expires_in":3599}'],
    ['nothing secret', 'POST /deviceAppManagement/mobileApps 201', 'POST /deviceAppManagement/mobileApps 201'],
  ])('%s', (_name, given, want) => {
    expect(redactSecrets(given)).toBe(want);
  });

  it('blanks registered values wherever they appear, and ignores short ones', () => {
    registerSecretsFromEnv({ AZURE_CLIENT_SECRET: 'Zq8~very.secret-value', GRAPH_ACCESS_TOKEN: undefined });
    registerSecret('abc');
    expect(redactSecrets('failed with Zq8~very.secret-value (abc)')).toBe('failed with [REDACTED] (abc)');
  });

  it('blanks credential headers by name', () => {
    expect(redactHeaders({ Authorization: 'opaque', Accept: 'application/json' })).toEqual({
      Authorization: '[REDACTED]',
      Accept: 'application/json',
    });
  });
});
