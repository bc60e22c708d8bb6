import { expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import { buildOutgoingRequest } from './outgoing-request.ts';

const contract = contractFixture();
const template = contract.operation.paths[0]!;

test('drops the stale Content-length and the token placeholder, keeps Content-type', () => {
  const withToken = contractFixture();
  withToken.request.example.headers = { ...withToken.request.example.headers, Authorization: 'Bearer {token}', Host: 'graph.microsoft.com' };
  const request = buildOutgoingRequest(withToken, template, '/p');
  expect(request.headers).toEqual({ 'Content-type': 'application/json' });
  expect(request.path).toBe('/p');
  expect(request.body).toBe(withToken.request.example.body);
});

test('adds Content-Type when the page shows none', () => {
  const bare = contractFixture();
  bare.request.example.headers = {};
  expect(buildOutgoingRequest(bare, template, '/p').headers).toEqual({ 'Content-Type': 'application/json' });
});

test('sends the body it is given instead of the example', () => {
  expect(buildOutgoingRequest(contract, template, '/p', { a: 1 }).body).toEqual({ a: 1 });
});
