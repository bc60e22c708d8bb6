// The body a tenant run sends, and the list of how it differs from the documented example.
import { describe, expect, test } from 'vitest';
import type { Contract, JsonObject } from '../../foundation/contract-types.ts';
import { tenantBody, type TenantBodyInputs } from './tenant-body.ts';

const contractWith = (body: JsonObject): Contract => ({ request: { example: { body } } }) as unknown as Contract;
const EXAMPLE = { '@odata.type': '#microsoft.graph.widgetRequest', managedAppRegistrationId: 'Managed App Registration Id value', displayName: 'Display Name value', count: 3 };

describe('tenantBody', () => {
  test.each<[string, TenantBodyInputs, JsonObject, Array<Record<string, unknown>>]>([
    ['nothing to change', { parameters: {} }, EXAMPLE, []],
    [
      'a field named like a path parameter takes its resolved value',
      { parameters: { managedAppRegistrationId: 'b1e2' } },
      { ...EXAMPLE, managedAppRegistrationId: 'b1e2' },
      [{ field: 'managedAppRegistrationId', documented: 'Managed App Registration Id value', sent: 'b1e2', why: 'path parameter' }],
    ],
    ['the name matches whatever its case', { parameters: { ManagedAppRegistrationID: 'b1e2' } }, { ...EXAMPLE, managedAppRegistrationId: 'b1e2' }, [{ field: 'managedAppRegistrationId', why: 'path parameter' }]],
    ['a non-string field is left alone', { parameters: { count: '7' } }, EXAMPLE, []],
    [
      'an override wins over the parameter, and removes fields',
      { parameters: { managedAppRegistrationId: 'b1e2' }, override: { managedAppRegistrationId: 'from-file', $remove: ['count'] } },
      { '@odata.type': '#microsoft.graph.widgetRequest', managedAppRegistrationId: 'from-file', displayName: 'Display Name value' },
      [{ field: 'managedAppRegistrationId', sent: 'from-file', why: 'override' }, { field: 'count', documented: 3, why: 'override' }],
    ],
    [
      'the marker goes into its field',
      { parameters: {}, marker: { field: 'displayName', value: 'gc-20261129 ' } },
      { ...EXAMPLE, displayName: 'gc-20261129 Display Name value' },
      [{ field: 'displayName', documented: 'Display Name value', sent: 'gc-20261129 Display Name value', why: 'marker' }],
    ],
    ['an override that sets the documented value is no rewrite', { parameters: {}, override: { count: 3 } }, EXAMPLE, []],
  ])('%s', (_name, inputs, body, rewrites) => {
    const got = tenantBody(contractWith(EXAMPLE), inputs);
    expect(got.body).toEqual(body);
    expect(got.rewrites).toHaveLength(rewrites.length);
    rewrites.forEach((want, i) => expect(got.rewrites[i]).toMatchObject(want));
    // A removed field has no `sent`; an added one no `documented`.
    expect(got.rewrites.filter((r) => r.field === 'count' && r.why === 'override').every((r) => !('sent' in r))).toBe(true);
  });
});
