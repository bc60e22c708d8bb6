import { expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import { buildOutgoingRequest } from './build-outgoing-request.ts';

const contract = contractFixture();
const template = contract.operation.paths[0]!;

test('drops the stale Content-length, keeps Content-type, sets the token', () => {
  const prepared = buildOutgoingRequest(contract, template, { managedAppRegistrationId: 'r1' }, 'Bearer t');
  if (prepared.skip) throw new Error(prepared.reason);
  expect(prepared.request.headers).toEqual({ Authorization: 'Bearer t', 'Content-type': 'application/json' });
  expect(prepared.request.path).toBe('/deviceAppManagement/managedAppRegistrations/r1/managedAppLogCollectionRequests');
  expect(prepared.request.body).toBe(contract.request.example.body);
});

test('adds Content-Type when the page shows none', () => {
  const bare = contractFixture();
  bare.request.example.headers = {};
  const prepared = buildOutgoingRequest(bare, template, { managedAppRegistrationId: 'r1' }, 'Bearer t');
  expect(!prepared.skip && prepared.request.headers['Content-Type']).toBe('application/json');
});

test('skips with a reason naming a parameter without a value', () => {
  expect(buildOutgoingRequest(contract, template, {}, 'Bearer t')).toEqual({
    skip: true,
    reason: expect.stringContaining('managedAppRegistrationId'),
  });
});
