// A small hand-written contract shaped like seed 000, for unit tests that must not depend
// on the builder's output. Override any part with `overrides`.
import type { Contract, JsonObject, PropertyFacts } from '../foundation/contract-types.ts';

const properties: PropertyFacts[] = [
  { name: 'id', type: 'String', collection: false, readOnly: true },
  { name: 'status', type: 'String', collection: false, readOnly: false },
  { name: 'requestedDateTime', type: 'DateTimeOffset', collection: false, readOnly: true },
  { name: 'expiresDateTime', type: 'DateTimeOffset', collection: false, readOnly: false },
  { name: 'sizeInKB', type: 'Int32', collection: false, readOnly: false },
  { name: 'userLogUploadConsent', type: 'managedAppLogUploadConsent', collection: false, readOnly: false, referencedType: 'managedAppLogUploadConsent', enumValues: ['default', 'declined', 'accepted', 'unknownFutureValue'] },
  { name: 'uploadedLogs', type: 'managedAppLogUpload', collection: true, readOnly: false, referencedType: 'managedAppLogUpload' },
  { name: 'version', type: 'String', collection: false, readOnly: true },
];

const body: JsonObject = {
  '@odata.type': '#microsoft.graph.managedAppLogCollectionRequest',
  status: 'Status value',
  requestedDateTime: '2017-01-01T00:01:49.2071853-08:00',
  expiresDateTime: '2016-12-31T23:58:52.3534526-08:00',
  sizeInKB: 10,
  userLogUploadConsent: 'declined',
  uploadedLogs: [
    { '@odata.type': 'microsoft.graph.managedAppLogUpload', managedAppComponent: 'Component value', status: 'partiallyCompleted' },
    { '@odata.type': 'microsoft.graph.managedAppLogUpload', managedAppComponent: 'Second value', status: 'completed' },
  ],
};

export function contractFixture(overrides: Partial<Contract> = {}): Contract {
  const path = '/deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}/managedAppLogCollectionRequests';
  return {
    contractFormat: 1,
    source: { file: 'fixture/managedapplogcollectionrequest-create.md', sha256: '0'.repeat(64), dialect: 'md-front-matter' },
    apiVersion: 'beta',
    namespace: 'microsoft.graph',
    resource: 'managedAppLogCollectionRequest',
    operation: { method: 'POST', paths: [path, '/users/{usersId}/managedAppLogCollectionRequests'], pathParameters: ['managedAppRegistrationId', 'usersId'] },
    permissions: { delegatedWork: ['DeviceManagementApps.ReadWrite.All'], delegatedPersonal: [], application: ['DeviceManagementApps.ReadWrite.All'] },
    requestHeaders: ['Authorization', 'Content-Type'],
    properties,
    request: {
      example: {
        method: 'POST',
        url: `https://graph.microsoft.com/beta${path}`,
        path,
        headers: { Authorization: 'Bearer {token}', 'Content-type': 'application/json', 'Content-length': '646' },
        body,
      },
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: {
          '@odata.type': { type: 'string' },
          status: { type: ['string', 'null'] },
          requestedDateTime: { type: ['string', 'null'], format: 'date-time' },
          expiresDateTime: { type: ['string', 'null'], format: 'date-time' },
          sizeInKB: { type: ['integer', 'null'] },
          userLogUploadConsent: { enum: ['default', 'declined', 'accepted', 'unknownFutureValue', null] },
          uploadedLogs: { type: ['array', 'null'], items: { type: 'object' } },
        },
        additionalProperties: false,
      },
    },
    response: {
      status: 201,
      example: { headers: { 'Content-Type': 'application/json' }, body: { ...body, id: '95b5bd26-bd26-95b5-26bd-b59526bdb595', version: 'Version value' } },
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: {
          id: { type: 'string' },
          sizeInKB: { type: ['integer', 'null'] },
          requestedDateTime: { type: ['string', 'null'], format: 'date-time' },
        },
        required: ['id'],
      },
    },
    echo: { equal: ['@odata.type', 'status', 'expiresDateTime', 'sizeInKB', 'userLogUploadConsent', 'uploadedLogs'], serverOwned: ['id', 'requestedDateTime', 'version'] },
    docDefects: [],
    ...overrides,
  };
}
