// The classifier over answers shaped like the live service's (bodies written here, in the
// shapes Graph's OData layer and Intune return): one row per kind of answer.
import { describe, expect, test } from 'vitest';
import { checkResult, type CheckResult } from '../checks/check-types.ts';
import { classifyOutcome, refusedField, type ClassifiedOutcome, type OutcomeEvidence } from './classify-outcome.ts';
import { OUTCOME_CLASSES, OUTCOME_RULES } from './outcome-rules.ts';

const ALL_OK: CheckResult[] = [checkResult('status', []), checkResult('json', []), checkResult('echo', []), checkResult('id', []), checkResult('read', [])];
const readFailed = (...failures: Array<[string, string | undefined]>): CheckResult[] => [...ALL_OK.slice(0, 4), checkResult('read', failures.map(([code, field]) => ({ code: code as 'READ_MISMATCH', ...(field ? { field } : {}), message: `${code} ${field ?? ''}` })))];
const statusFailed = (status: number): CheckResult[] => [checkResult('status', [{ code: 'STATUS_MISMATCH', message: `expected 201, got ${status}` }]), ...ALL_OK.slice(1)];
const echoFailed: CheckResult[] = [...ALL_OK.slice(0, 2), checkResult('echo', [{ code: 'ECHO_MISMATCH', field: 'displayName', message: 'differs' }]), ...ALL_OK.slice(3)];

/** Graph's envelope; `inner` puts Intune's JSON document inside `message`. */
function graphBody(code: string, message: string, inner = false): string {
  const text = inner
    ? JSON.stringify({ _version: 3, Message: message, CustomApiErrorPhrase: '', RetryAfter: null, ErrorSourceService: '', HttpHeaders: '{}' })
    : message;
  return JSON.stringify({ error: { code, message: text, innerError: { date: '2026-11-29T09:00:00', 'request-id': 'r-1', 'client-request-id': 'c-1' } } });
}

const ran = (status: number, text: string, checks: CheckResult[] = statusFailed(status)): OutcomeEvidence => ({ kind: 'ran', status, text, checks });

const CASES: Array<[string, OutcomeEvidence, Partial<ClassifiedOutcome>]> = [
  ['201 with every check passed', ran(201, '{"id":"1"}', ALL_OK), { outcome: 'passed', rule: 'created-as-documented' }],
  ['201 whose echo differs', ran(201, '{"id":"1"}', echoFailed), { outcome: 'contract-broken', code: 'ECHO_MISMATCH' }],
  ['200 instead of the documented 201', ran(200, '{"id":"1"}'), { outcome: 'contract-broken', code: 'STATUS_MISMATCH' }],
  ['201 with an HTML body', ran(201, '<html></html>', [ALL_OK[0]!, checkResult('json', [{ code: 'CONTENT_TYPE_NOT_JSON', message: 'text/html' }]), ...ALL_OK.slice(2)]), { outcome: 'contract-broken', code: 'CONTENT_TYPE_NOT_JSON' }],
  [
    'OData: unknown property in the body',
    ran(400, graphBody('BadRequest', "The property 'roleScopeTagIdz' does not exist on type 'microsoft.graph.deviceCategory'. Make sure to only use property names that are defined by the type or mark the type as open type.")),
    { outcome: 'example-refused', code: 'BadRequest', field: 'roleScopeTagIdz' },
  ],
  [
    'OData: a wrong @odata.type',
    ran(400, graphBody('BadRequest', "A type named 'microsoft.graph.widgetThing' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.")),
    { outcome: 'example-refused', code: 'BadRequest', field: '@odata.type' },
  ],
  [
    'Intune ModelValidationFailure naming the field inside its JSON message',
    ran(400, graphBody('ModelValidationFailure', "Invalid value 'Display Name value' for property 'mobileAppIdentifier'", true)),
    { outcome: 'example-refused', code: 'ModelValidationFailure', field: 'mobileAppIdentifier', message: "Invalid value 'Display Name value' for property 'mobileAppIdentifier'" },
  ],
  [
    'Intune model state: a required field',
    ran(400, graphBody('BadRequest', 'Validation error: The ManagedDeviceId field is required.', true)),
    { outcome: 'example-refused', code: 'BadRequest', field: 'ManagedDeviceId' },
  ],
  [
    "Intune's opaque 400 names no field",
    ran(400, graphBody('BadRequest', 'An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 7d1c0b0c-0000-0000-0000-000000000000 - Url: https://fef.amsua0102.manage.microsoft.com/x', true)),
    { outcome: 'example-refused', code: 'BadRequest', field: undefined },
  ],
  ['409 Conflict for a duplicate name', ran(409, graphBody('Conflict', 'An object with the same name already exists.', true)), { outcome: 'example-refused', code: 'Conflict' }],
  ['422 Unprocessable', ran(422, graphBody('UnprocessableEntity', 'The enrollment restriction priority is invalid.')), { outcome: 'example-refused', code: 'UnprocessableEntity' }],
  [
    "Intune: no POST route for a service-filled collection",
    ran(400, graphBody('No method match route template', 'No OData route exists that match template ~/singleton/navigation/key/navigation with http verb POST for request /DeviceManagement_2411/StatelessDeviceManagementFEService/deviceManagement/deviceManagementScripts(\'1\')/deviceRunStates.')),
    { outcome: 'not-creatable', rule: 'no-route-for-post', code: 'No method match route template' },
  ],
  [
    'the route message under a plain BadRequest code, inside Intune JSON',
    ran(400, graphBody('BadRequest', 'No OData route exists that match template ~/singleton/navigation with http verb POST for request /x', true)),
    { outcome: 'not-creatable', rule: 'no-route-for-post', code: 'BadRequest' },
  ],
  ['Graph does not know a segment', ran(400, graphBody('BadRequest', "Resource not found for the segment 'widgetRequests'.")), { outcome: 'not-creatable', rule: 'unknown-segment' }],
  ['405 on the collection', ran(405, graphBody('MethodNotAllowed', 'The requested resource does not support http method \'POST\'.')), { outcome: 'not-creatable', code: 'MethodNotAllowed' }],
  ['501 not implemented', ran(501, graphBody('NotImplemented', 'The method or operation is not implemented.')), { outcome: 'not-creatable', code: 'NotImplemented' }],
  ['404 for the collection itself', ran(404, graphBody('ResourceNotFound', 'Resource not found for the segment \'x\'.')), { outcome: 'not-creatable', rule: 'collection-not-found' }],
  ['403 Intune: application is not authorized', ran(403, graphBody('Forbidden', 'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.ReadWrite.All - Operation ID (for customer support): 0', true)), { outcome: 'not-permitted', code: 'Forbidden' }],
  ['403 no licence', ran(403, graphBody('Forbidden', 'Tenant does not have a SKU capable of this operation.', true)), { outcome: 'not-permitted', code: 'Forbidden' }],
  ['401 token rejected', ran(401, graphBody('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.')), { outcome: 'not-permitted', code: 'InvalidAuthenticationToken' }],
  ['429 still throttled after the retries', ran(429, graphBody('TooManyRequests', 'Too many requests.', true)), { outcome: 'unavailable', rule: 'throttled', code: 'TooManyRequests' }],
  ['503 persistent', ran(503, graphBody('ServiceUnavailable', 'The service is temporarily unavailable.', true)), { outcome: 'unavailable', rule: 'server-error' }],
  ['500 with a text body', ran(500, 'upstream connect error'), { outcome: 'unavailable', code: undefined }],
  ['a POST that got no answer in time', { kind: 'error', code: 'GRAPH_REQUEST_TIMEOUT', message: 'POST /x got no answer within 30000 ms (attempt 1).' }, { outcome: 'unavailable', rule: 'no-answer-in-time', runError: undefined }],
  ['the run failed to send', { kind: 'error', code: 'MOCK_UNHANDLED_REQUEST', message: 'unhandled' }, { outcome: 'unavailable', rule: 'run-error', runError: true }],
  ['gated before sending', { kind: 'skipped' }, { outcome: 'skipped', rule: 'gated-before-send', code: undefined }],
  ['a 302 redirect', ran(302, ''), { outcome: 'contract-broken', rule: 'unexpected-answer' }],
  ['201 whose entity reads back changed', ran(201, '{"id":"1"}', readFailed(['READ_MISMATCH', 'displayName'])), { outcome: 'contract-broken', rule: 'created-breaking-contract', code: 'READ_MISMATCH', fields: undefined }],
  ['201 whose entity never appeared', ran(201, '{"id":"1"}', readFailed(['READ_NOT_FOUND', undefined])), { outcome: 'contract-broken', code: 'READ_NOT_FOUND' }],
  ['201 with two write-only properties: each named, sorted', ran(201, '{"id":"1"}', readFailed(['READ_WRITE_ONLY', 'sharedSecret'], ['READ_WRITE_ONLY', 'certificate'])), { outcome: 'contract-broken', code: 'READ_WRITE_ONLY', fields: ['certificate', 'sharedSecret'] }],
  ['201 whose read was throttled to the end', ran(201, '{"id":"1"}', readFailed(['READ_UNAVAILABLE', undefined])), { outcome: 'unavailable', rule: 'read-unavailable', code: 'READ_UNAVAILABLE', message: 'READ_UNAVAILABLE ' }],
  ['201 throttled on read and broken on echo: the break decides', ran(201, '{"id":"1"}', [...echoFailed.slice(0, 4), readFailed(['READ_UNAVAILABLE', undefined])[4]!]), { outcome: 'contract-broken', code: 'ECHO_MISMATCH' }],
  ['415 for the media type', ran(415, graphBody('UnsupportedMediaType', 'Content-Type is not supported.')), { outcome: 'example-refused', code: 'UnsupportedMediaType' }],
];

describe('classifyOutcome', () => {
  test.each(CASES)('%s', (_name, evidence, want) => {
    const got = classifyOutcome(evidence);
    for (const [key, value] of Object.entries(want)) expect(got[key as keyof ClassifiedOutcome], key).toEqual(value);
  });

  test('every class is decided by some rule, and every rule by some case above', () => {
    expect(new Set(OUTCOME_RULES.map((r) => r.outcome))).toEqual(new Set(OUTCOME_CLASSES));
    const used = new Set(CASES.map(([, evidence]) => classifyOutcome(evidence).rule));
    expect(OUTCOME_RULES.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });

  test('rule ids are unique', () => {
    expect(new Set(OUTCOME_RULES.map((r) => r.id)).size).toBe(OUTCOME_RULES.length);
  });

  test('a long message is cut', () => {
    const got = classifyOutcome(ran(400, graphBody('BadRequest', 'x'.repeat(1000))));
    expect(got.message?.length).toBe(300);
  });
});

describe('refusedField', () => {
  test.each([
    ["Cannot convert the literal 'abc' to the expected type 'Edm.Guid'.", undefined],
    ["Invalid value for property 'version'", 'version'],
    ["Required field 'displayName' is missing", 'displayName'],
  ])('%s', (message, want) => {
    expect(refusedField(message)).toBe(want);
  });
});

