// Table tests for the contract-level checks (status, json body, echo, id) on the fixture.
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../foundation/contract-types.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { createSchemaValidator } from '../contract/compile-schema.ts';
import { checkEcho } from './echo-check.ts';
import { checkId, IdRegistry } from './id-check.ts';
import { checkJsonBody } from './json-body-check.ts';
import { parseResponseBody } from './parse-response-body.ts';
import { checkStatus } from './status-check.ts';

const contract = contractFixture();
const schemas = createSchemaValidator();
const sent = contract.request.example.body;
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const good: JsonObject = {
  ...sent,
  '@odata.context': 'https://graph.microsoft.com/beta/$metadata#x/$entity',
  id: 'a1b2',
  requestedDateTime: '2020-01-01T00:00:00.0000000Z',
  expiresDateTime: '2017-01-01T07:58:52.3534526Z',
  version: null,
  unsetExtra: null,
};
const parsed = (body: unknown, contentType = JSON_TYPE) => parseResponseBody({ headers: { 'Content-Type': contentType }, text: typeof body === 'string' ? body : JSON.stringify(body) });

describe('checkStatus', () => {
  test.each([[201, []], [200, ['STATUS_MISMATCH']], [500, ['STATUS_MISMATCH']]] as const)('%i', (status, want) => {
    expect(checkStatus(contract, status).failures.map((f) => f.code)).toEqual(want);
  });
});

describe('checkJsonBody', () => {
  const cases: Array<[string, { body: unknown; contentType?: string; want: string[] }]> = [
    ['Graph content type with OData parameters', { body: good, want: [] }],
    ['plain application/json', { body: good, contentType: 'application/json', want: [] }],
    ['HTML', { body: '<html></html>', contentType: 'text/html', want: ['CONTENT_TYPE_NOT_JSON'] }],
    ['application/jsonp is not JSON', { body: good, contentType: 'application/jsonp', want: ['CONTENT_TYPE_NOT_JSON'] }],
    ['invalid JSON', { body: '{"id": ', want: ['BODY_INVALID_JSON'] }],
    ['array body', { body: [good], want: ['BODY_NOT_OBJECT'] }],
    ['schema: number as string', { body: { ...good, sizeInKB: '10' }, want: ['SCHEMA_VIOLATION'] }],
    ['schema: id required', { body: { ...good, id: undefined }, want: ['SCHEMA_VIOLATION'] }],
  ];
  test.each(cases)('%s', (_name, { body, contentType, want }) => {
    expect(checkJsonBody(contract, parsed(body, contentType), schemas).failures.map((f) => f.code)).toEqual(want);
  });
});

describe('checkEcho', () => {
  const cases: Array<[string, { body: unknown; want: Array<[string, string | undefined]> }]> = [
    ['correct target with extras, UTC dates and nulls', { body: good, want: [] }],
    ['dropped field', { body: { ...good, status: undefined }, want: [['ECHO_MISSING', 'status']] }],
    ['date moved by 100 ns', { body: { ...good, expiresDateTime: '2017-01-01T07:58:52.3534527Z' }, want: [['ECHO_MISMATCH', 'expiresDateTime']] }],
    ['wrong @odata.type', { body: { ...good, '@odata.type': '#microsoft.graph.other' }, want: [['ECHO_MISMATCH', '@odata.type']] }],
    ['server-owned missing', { body: { ...good, requestedDateTime: undefined }, want: [['SERVER_OWNED_MISSING', 'requestedDateTime']] }],
    ['server-owned malformed', { body: { ...good, requestedDateTime: 'yesterday' }, want: [['SERVER_OWNED_FORMAT', 'requestedDateTime']] }],
    ['no body', { body: '<html>', want: [['BODY_UNAVAILABLE', undefined]] }],
  ];
  test.each(cases)('%s', (_name, { body, want }) => {
    const result = checkEcho(contract, sent, parsed(body));
    expect(result.failures.map((f) => [f.code, f.field])).toEqual(want);
    expect(result.ok).toBe(want.length === 0);
  });

  test('a String-typed field is compared as text even when it looks like a date', () => {
    const c = contractFixture({ echo: { equal: ['status'], serverOwned: [] } });
    const body = { ...sent, status: '2017-01-01T00:00:00Z' };
    expect(checkEcho(c, body, parsed({ ...body, status: '2017-01-01T00:00:00.0000000Z' })).ok).toBe(false);
  });
});

describe('checkId', () => {
  const cases: Array<[string, { body: unknown; want: string[] }]> = [
    ['string id', { body: { id: 'x' }, want: [] }],
    ['no id', { body: {}, want: ['ID_MISSING'] }],
    ['empty id', { body: { id: '' }, want: ['ID_EMPTY'] }],
    ['numeric id', { body: { id: 7 }, want: ['ID_NOT_STRING'] }],
    ['null id', { body: { id: null }, want: ['ID_NOT_STRING'] }],
    ['HTML body', { body: '<html>', want: ['BODY_UNAVAILABLE'] }],
  ];
  test.each(cases)('%s', (_name, { body, want }) => {
    expect(checkId(parsed(body), new IdRegistry(), 'a').failures.map((f) => f.code)).toEqual(want);
  });

  test('the same id for two creates is a duplicate', () => {
    const registry = new IdRegistry();
    expect(checkId(parsed({ id: 'x' }), registry, 'first').ok).toBe(true);
    expect(checkId(parsed({ id: 'x' }), registry, 'second').failures[0]?.code).toBe('ID_DUPLICATE');
  });
});
