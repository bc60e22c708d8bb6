// The read check as a table over (what was sent, what the create answered, what the read
// answered) on the fixture contract, whose response schema is the builder's.
import { describe, expect, test } from 'vitest';
import { createSchemaValidator } from '../contract/compile-schema.ts';
import type { JsonObject, PropertyFacts } from '../foundation/contract-types.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { checkRead } from './read-check.ts';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const secret: PropertyFacts = { name: 'sharedSecret', type: 'String', collection: false, readOnly: false };
const modified: PropertyFacts = { name: 'lastModifiedDateTime', type: 'DateTimeOffset', collection: false, readOnly: true };
const base = contractFixture();
const contract = contractFixture({
  properties: [...base.properties, secret, modified],
  echo: { equal: [...base.echo.equal, 'sharedSecret'], serverOwned: [...base.echo.serverOwned, 'lastModifiedDateTime'] },
  response: {
    ...base.response,
    schema: {
      ...base.response.schema,
      properties: { ...(base.response.schema.properties as JsonObject), sharedSecret: { type: ['string', 'null'] }, lastModifiedDateTime: { type: ['string', 'null'] } },
    },
  },
});
const schemas = createSchemaValidator();
const sent: JsonObject = { ...contract.request.example.body, sharedSecret: 'hunter2-not-shown' };
const created: JsonObject = {
  ...sent,
  '@odata.context': 'https://graph.microsoft.com/beta/$metadata#x/$entity',
  '@odata.etag': 'W/"1"',
  id: 'a1b2',
  requestedDateTime: '2020-01-01T00:00:00.0000000Z',
  expiresDateTime: '2017-01-01T07:58:52.3534526Z',
  lastModifiedDateTime: '2020-01-01T00:00:00.0000000Z',
  version: null,
};
const url = 'https://graph.microsoft.com/beta/x/a1b2';

function read(body: unknown, status = 200, contentType = JSON_TYPE) {
  return { status, headers: { 'Content-Type': contentType }, text: typeof body === 'string' ? body : JSON.stringify(body), url, appearedAfterMs: 0 };
}

const run = (body: unknown, status?: number, contentType?: string) => checkRead({ contract, sent, created, read: read(body, status, contentType), schemas });
const codes = (body: unknown, status?: number, contentType?: string) => run(body, status, contentType).failures.map((f) => [f.code, f.field]);

describe('checkRead', () => {
  const cases: Array<[string, { body: unknown; status?: number; contentType?: string; want: Array<[string, string | undefined]> }]> = [
    ['the entity as created', { body: created, want: [] }],
    ['dates in another offset, # dropped from @odata.type, annotations gone, extras added', {
      body: { ...created, '@odata.context': 'other', '@odata.etag': 'W/"2"', '@odata.type': 'microsoft.graph.managedAppLogCollectionRequest', expiresDateTime: '2016-12-31T23:58:52.3534526-08:00', extra: 1 },
      want: [],
    }],
    ['lastModifiedDateTime moved forward', { body: { ...created, lastModifiedDateTime: '2020-01-01T00:00:05Z' }, want: [] }],
    ['lastModifiedDateTime moved back', { body: { ...created, lastModifiedDateTime: '2019-12-31T23:59:59Z' }, want: [['READ_MISMATCH', 'lastModifiedDateTime']] }],
    ['lastModifiedDateTime gone', { body: { ...created, lastModifiedDateTime: undefined }, want: [['READ_MISSING', 'lastModifiedDateTime']] }],
    ['a server-owned null filled in since', { body: { ...created, version: '7' }, want: [] }],
    ['a server-owned value that changed', { body: { ...created, requestedDateTime: '2020-01-01T00:00:01Z' }, want: [['READ_MISMATCH', 'requestedDateTime']] }],
    ['a dropped field', { body: { ...created, status: undefined }, want: [['READ_MISSING', 'status']] }],
    ['a changed string', { body: { ...created, status: 'Other value' }, want: [['READ_MISMATCH', 'status']] }],
    ['a number read as a string (the schema says so too)', { body: { ...created, sizeInKB: '10' }, want: [['READ_TYPE_MISMATCH', 'sizeInKB'], ['READ_SCHEMA_VIOLATION', '/sizeInKB']] }],
    ['a nested value changed', { body: { ...created, uploadedLogs: [(created.uploadedLogs as JsonObject[])[0]!, { ...(created.uploadedLogs as JsonObject[])[1]!, status: 'failed' }] }, want: [['READ_MISMATCH', 'uploadedLogs[1].status']] }],
    ['an array item dropped', { body: { ...created, uploadedLogs: [(created.uploadedLogs as JsonObject[])[0]!] }, want: [['READ_MISMATCH', 'uploadedLogs']] }],
    ['another id', { body: { ...created, id: 'zzz' }, want: [['READ_MISMATCH', 'id']] }],
    ['another @odata.type', { body: { ...created, '@odata.type': '#microsoft.graph.other' }, want: [['READ_MISMATCH', '@odata.type']] }],
    ['the secret read back null: write-only, once, with no type mismatch', { body: { ...created, sharedSecret: null }, want: [['READ_WRITE_ONLY', 'sharedSecret']] }],
    ['write-only after a real break, so the break decides the class', { body: { ...created, sharedSecret: null, status: 'x' }, want: [['READ_MISMATCH', 'status'], ['READ_WRITE_ONLY', 'sharedSecret']] }],
    ['a nested value read back null is write-only at its path', { body: { ...created, uploadedLogs: [{ ...(created.uploadedLogs as JsonObject[])[0]!, managedAppComponent: null }, (created.uploadedLogs as JsonObject[])[1]!] }, want: [['READ_WRITE_ONLY', 'uploadedLogs[0].managedAppComponent']] }],
    ['404 to the end', { body: { error: { code: 'ResourceNotFound', message: 'gone' } }, status: 404, want: [['READ_NOT_FOUND', undefined]] }],
    ['403', { body: { error: { code: 'Forbidden', message: 'no' } }, status: 403, want: [['READ_STATUS', undefined]] }],
    ['429 after the retries', { body: { error: { code: 'TooManyRequests', message: 'slow down' } }, status: 429, want: [['READ_UNAVAILABLE', undefined]] }],
    ['503', { body: '', status: 503, want: [['READ_UNAVAILABLE', undefined]] }],
    ['HTML', { body: '<html></html>', contentType: 'text/html', want: [['READ_NOT_JSON', undefined]] }],
    ['an array', { body: [created], want: [['READ_NOT_JSON', undefined]] }],
  ];
  test.each(cases)('%s', (_name, { body, status, contentType, want }) => {
    expect(codes(body, status, contentType)).toEqual(want);
  });

  test('a mismatch names the property with both values', () => {
    const [failure] = run({ ...created, status: 'Other value' }).failures;
    expect(failure).toMatchObject({ field: 'status', sent: 'Status value', received: 'Other value' });
    expect(failure?.message).toBe('status differs: created "Status value", read "Other value".');
  });

  test('a write-only property is named, its value is not shown', () => {
    const [failure] = run({ ...created, sharedSecret: null }).failures;
    expect(failure?.message).toBe('sharedSecret was sent and echoed by the create (a string of 17 characters, not shown) but reads back null: write-only.');
    expect(JSON.stringify(failure)).not.toContain('hunter2');
  });

  test('not found says how long it was read again, and Graph\'s error', () => {
    const result = checkRead({ contract, sent, created, read: { ...read({ error: { code: 'ResourceNotFound', message: 'gone' } }, 404), appearedAfterMs: 10_012 }, schemas });
    expect(result.failures[0]?.message).toBe(`GET ${url} still answered 404 after 10012 ms of reading again (GRAPH_READ_DEADLINE_MS): ResourceNotFound gone: the entity the create answered cannot be read.`);
  });

  test('a schema violation the create answer already had is the json check\'s, not repeated', () => {
    const broken = { ...created, sizeInKB: 'ten' };
    expect(checkRead({ contract, sent, created: broken, read: read(broken), schemas }).failures).toEqual([]);
  });

  test('a sent null that reads back null is not write-only', () => {
    const nulled = { ...sent, sharedSecret: null };
    expect(checkRead({ contract, sent: nulled, created: { ...created, sharedSecret: null }, read: read({ ...created, sharedSecret: null }), schemas }).failures).toEqual([]);
  });
});
