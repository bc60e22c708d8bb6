import { describe, expect, it } from 'vitest';
import { decodeGraphError } from './graph-error.ts';

const intuneMessage = JSON.stringify({ _version: 3, Message: 'An error has occurred - Operation ID: 42', ErrorSourceService: '', RetryAfter: null });

describe('decodeGraphError', () => {
  it.each([
    [
      'Intune JSON inside message',
      { error: { code: 'BadRequest', message: intuneMessage, innerError: { 'request-id': 'r-1' } } },
      { code: 'BadRequest', message: 'An error has occurred - Operation ID: 42', embedded: JSON.parse(intuneMessage), requestId: 'r-1' },
    ],
    ['plain message', { error: { code: 'Forbidden', message: 'Access denied' } }, { code: 'Forbidden', message: 'Access denied' }],
    ['not an error body', { id: '1' }, undefined],
  ])('%s', (_name, body, want) => {
    expect(decodeGraphError(JSON.stringify(body))).toEqual(want);
  });

  it('returns undefined for text that is not JSON', () => {
    expect(decodeGraphError('<html>gateway</html>')).toBeUndefined();
  });
});
