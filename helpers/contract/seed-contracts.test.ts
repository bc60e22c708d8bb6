import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract, PropertyFacts } from '../foundation/contract-types.ts';
import { buildPage } from './build-page.ts';
import { createAjv } from './create-ajv.ts';
import { createBodyValidator } from './body-validator.ts';
import { contractFileName, contractJson } from './contract-json.ts';
import { ODATA_LEXICAL_PATTERNS } from '../foundation/odata-lexical-forms.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

// The five pages the user gave are the minimum the builder must get right, field by field.
// Their contracts are the tests' seed fixtures (testing/fixtures/seeds), checked here byte for
// byte; the user's contracts/ is not read (it is theirs to change).
const SEEDS = sharedData(['seeds']);
const validate = createBodyValidator(createAjv());
const built = new Map<string, Contract>();

/** Built on first use, inside a test, so a checkout without ../shared skips instead of failing at collection. */
function build(file: string): Contract {
  const cached = built.get(file);
  if (cached) return cached;
  const outcome = buildPage(file, readFileSync(join(SEEDS.path, file)), validate);
  if (outcome.status !== 'built') throw new Error(`${file} did not build: ${JSON.stringify(outcome)}`);
  built.set(file, outcome.contract);
  return outcome.contract;
}

/** `name:Type`, `name:Type[]`, `name:Type{a,b}`, `name:Type(ro)`: a compact picture of the property table. */
function propertyLine(property: PropertyFacts): string {
  const collection = property.collection ? '[]' : '';
  const values = property.enumValues ? `{${property.enumValues.join(',')}}` : '';
  return `${property.name}:${property.type}${collection}${values}${property.readOnly ? '(ro)' : ''}`;
}

const READ_WRITE = { apps: 'DeviceManagementApps.ReadWrite.All', config: 'DeviceManagementConfiguration.ReadWrite.All', devices: 'DeviceManagementManagedDevices.ReadWrite.All' };

const cases: Array<[string, {
  dialect: Contract['source']['dialect'];
  apiVersion: string;
  resource: string;
  paths: string[];
  pathParameters: string[];
  permissions: Contract['permissions'];
  properties: string[];
  body: Record<string, unknown>;
  echoed: string[];
  serverOwned: string[];
}]> = [
  ['000_4ec4dc52e773baea.txt', {
    dialect: 'md-front-matter',
    apiVersion: 'beta',
    resource: 'managedAppLogCollectionRequest',
    paths: ['/deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}/managedAppLogCollectionRequests'],
    pathParameters: ['managedAppRegistrationId'],
    permissions: { delegatedWork: [READ_WRITE.config, READ_WRITE.apps], delegatedPersonal: [], application: [READ_WRITE.config, READ_WRITE.apps] },
    properties: ['id:String(ro)', 'managedAppRegistrationId:String', 'status:String', 'requestedBy:String', 'requestedDateTime:DateTimeOffset(ro)', 'completedDateTime:DateTimeOffset(ro)', 'userLogUploadConsent:managedAppLogUploadConsent{default,declined,accepted,unknownFutureValue}', 'uploadedLogs:managedAppLogUpload[]', 'version:String'],
    body: { userLogUploadConsent: 'declined', requestedDateTime: '2017-01-01T00:01:49.2071853-08:00', uploadedLogs: [{ '@odata.type': 'microsoft.graph.managedAppLogUpload', managedAppComponent: 'Managed App Component value', status: 'partiallyCompleted', referenceId: 'Reference Id value' }] },
    echoed: ['@odata.type', 'managedAppRegistrationId', 'status', 'requestedBy', 'userLogUploadConsent', 'uploadedLogs'],
    serverOwned: ['id', 'version', 'requestedDateTime', 'completedDateTime'],
  }],
  ['001_a20a10a3ee66a2ff.txt', {
    dialect: 'md-front-matter',
    apiVersion: 'beta',
    resource: 'deviceLogCollectionResponse',
    paths: ['/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/deviceRunStates/{deviceManagementScriptDeviceStateId}/managedDevice/logCollectionRequests'],
    pathParameters: ['deviceManagementScriptId', 'deviceManagementScriptDeviceStateId'],
    permissions: { delegatedWork: [READ_WRITE.config, READ_WRITE.devices], delegatedPersonal: [], application: [READ_WRITE.config, READ_WRITE.devices] },
    properties: ['id:String', 'status:appLogUploadState{pending,completed,failed,unknownFutureValue}', 'managedDeviceId:Guid', 'errorCode:Int64', 'requestedDateTimeUTC:DateTimeOffset', 'receivedDateTimeUTC:DateTimeOffset', 'initiatedByUserPrincipalName:String', 'expirationDateTimeUTC:DateTimeOffset', 'size:Double', 'sizeInKB:Double', 'enrolledByUser:String'],
    body: { status: 'completed', managedDeviceId: '3b336f00-6f00-3b33-006f-333b006f333b', errorCode: 9 },
    echoed: ['@odata.type', 'status', 'managedDeviceId', 'errorCode', 'requestedDateTimeUTC', 'receivedDateTimeUTC', 'initiatedByUserPrincipalName', 'expirationDateTimeUTC', 'size', 'sizeInKB', 'enrolledByUser'],
    serverOwned: ['id'],
  }],
  ['002_a8090e397cf0858b.txt', {
    dialect: 'md-legacy',
    apiVersion: 'beta',
    resource: 'managedAppRegistration',
    paths: ['/managedAppRegistrations', '/users/{usersId}/managedAppRegistrations', '/deviceAppManagement/managedAppRegistrations'],
    pathParameters: ['usersId'],
    permissions: { delegatedWork: [READ_WRITE.apps], delegatedPersonal: [], application: [] },
    properties: ['createdDateTime:DateTimeOffset', 'lastSyncDateTime:DateTimeOffset', 'applicationVersion:String', 'managementSdkVersion:String', 'platformVersion:String', 'deviceType:String', 'deviceTag:String', 'deviceName:String', 'flaggedReasons:String[]{none,rootedDevice}', 'userId:String', 'appIdentifier:mobileAppIdentifier', 'id:String', 'version:String'],
    body: { flaggedReasons: ['rootedDevice'], appIdentifier: { '@odata.type': 'microsoft.graph.mobileAppIdentifier' }, lastSyncDateTime: '2017-01-01T00:02:49.3205976-08:00' },
    echoed: ['@odata.type', 'lastSyncDateTime', 'applicationVersion', 'managementSdkVersion', 'platformVersion', 'deviceType', 'deviceTag', 'deviceName', 'flaggedReasons', 'userId', 'appIdentifier'],
    serverOwned: ['id', 'createdDateTime', 'version'],
  }],
  ['003_94be7b3d74f27413.txt', {
    dialect: 'text',
    apiVersion: 'v1.0',
    resource: 'managedDeviceMobileAppConfigurationUserStatus',
    paths: ['/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses'],
    pathParameters: ['managedDeviceMobileAppConfigurationId'],
    permissions: { delegatedWork: [READ_WRITE.apps], delegatedPersonal: [], application: [READ_WRITE.apps] },
    properties: ['id:String', 'userDisplayName:String', 'devicesCount:Int32', 'status:complianceStatus{unknown,notApplicable,compliant,remediated,nonCompliant,error,conflict,notAssigned}', 'lastReportedDateTime:DateTimeOffset', 'userPrincipalName:String'],
    body: { '@odata.type': '#microsoft.graph.managedDeviceMobileAppConfigurationUserStatus', devicesCount: 12, status: 'notApplicable', lastReportedDateTime: '2017-01-01T00:00:17.7769392-08:00' },
    echoed: ['@odata.type', 'userDisplayName', 'devicesCount', 'status', 'lastReportedDateTime', 'userPrincipalName'],
    serverOwned: ['id'],
  }],
  ['004_36cf32ab72334cf6.txt', {
    dialect: 'text',
    apiVersion: 'beta',
    resource: 'userAppInstallStatus',
    paths: ['/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses'],
    pathParameters: ['mobileAppId'],
    permissions: { delegatedWork: [READ_WRITE.apps], delegatedPersonal: [], application: [READ_WRITE.apps] },
    properties: ['id:String', 'userName:String', 'userPrincipalName:String', 'installedDeviceCount:Int32', 'failedDeviceCount:Int32', 'notInstalledDeviceCount:Int32'],
    body: { userName: 'User Name value', installedDeviceCount: 4, failedDeviceCount: 1, notInstalledDeviceCount: 7 },
    echoed: ['@odata.type', 'userName', 'userPrincipalName', 'installedDeviceCount', 'failedDeviceCount', 'notInstalledDeviceCount'],
    serverOwned: ['id'],
  }],
];

describe.skipIf(SEEDS.missing)(nameNeeding('the seed pages', SEEDS), () => {
  describe.each(cases)('seed %s', (file, want) => {
    it('reads dialect, version and resource', () => {
      const contract = build(file);
      expect([contract.source.dialect, contract.apiVersion, contract.resource, contract.namespace]).toEqual([want.dialect, want.apiVersion, want.resource, 'microsoft.graph']);
    });

    it('has every POST path and its parameters', () => {
      expect(build(file).operation).toEqual({ method: 'POST', paths: want.paths, pathParameters: want.pathParameters });
    });

    it('has the permissions per type, least privileged first', () => {
      expect(build(file).permissions).toEqual(want.permissions);
    });

    it('has every property with its type, collection, enum values and read-only flag', () => {
      expect(build(file).properties.map(propertyLine)).toEqual(want.properties);
    });

    it('carries the example request body and a 201 response with an id', () => {
      const contract = build(file);
      expect(contract.request.example.body).toMatchObject(want.body);
      expect(contract.response.status).toBe(201);
      expect(contract.response.example.body.id).toEqual(expect.any(String));
    });

    it('splits echoed from server-owned fields', () => {
      expect(build(file).echo).toEqual({ equal: want.echoed, serverOwned: want.serverOwned });
    });

    it('is the seed fixture the tests run on', () => {
      const fixture = readFileSync(join(SEED_CONTRACTS_DIR, contractFileName(file)), 'utf8');
      expect(fixture, 'rebuild them: npx graph-contracts build ../shared/seeds --out helpers/testing/fixtures/seeds').toBe(contractJson(build(file)));
    });
  });

  it('the seed fixtures are exactly the seed pages', () => {
    const seeds = readdirSync(SEEDS.path).filter((name) => /\.(md|txt)$/.test(name)).map(contractFileName).sort();
    expect(readdirSync(SEED_CONTRACTS_DIR).filter((name) => name.endsWith('.json')).sort()).toEqual(seeds);
  });

  describe('seed schemas', () => {
    it.each([
      ['Int32 keeps its bounds', '003_94be7b3d74f27413.txt', 'devicesCount', { type: 'integer', minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' }],
      ['Guid is a uuid string with the GUID pattern', '001_a20a10a3ee66a2ff.txt', 'managedDeviceId', { type: 'string', format: 'uuid', pattern: ODATA_LEXICAL_PATTERNS.Guid, 'x-odata-type': 'Edm.Guid' }],
      ['Double allows the OData special values', '001_a20a10a3ee66a2ff.txt', 'size', { anyOf: [{ type: 'number' }, { enum: ['NaN', 'INF', '-INF'] }], 'x-odata-type': 'Edm.Double' }],
      ['an enum type is a string enum', '003_94be7b3d74f27413.txt', 'status', { type: 'string', enum: ['unknown', 'notApplicable', 'compliant', 'remediated', 'nonCompliant', 'error', 'conflict', 'notAssigned'] }],
      ['a collection of enum strings is an array of the enum', '002_a8090e397cf0858b.txt', 'flaggedReasons', { type: 'array', items: { type: 'string', enum: ['none', 'rootedDevice'], 'x-odata-type': 'Edm.String' } }],
    ])('%s', (_name, file, property, schema) => {
      const properties = build(file).request.schema.properties as Record<string, unknown>;
      expect(properties[property]).toEqual(schema);
    });

    it('lets the response carry null for any property but id', () => {
      const response = build('003_94be7b3d74f27413.txt').response.schema.properties as Record<string, unknown>;
      expect(response.devicesCount).toEqual({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' });
      expect(response.id).toEqual({ type: 'string', minLength: 1 });
    });
  });
});
