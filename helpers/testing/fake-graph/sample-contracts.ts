// Small hand-written contracts shaped like the seeds, for tests that must not depend on the
// builder's output: one parameter, two nested parameters, several paths, delegated-only.
import type { Contract, ContractPermissions, JsonObject, PropertyFacts } from '../../foundation/contract-types.ts';

const APPS = 'DeviceManagementApps.ReadWrite.All';
const CONFIG = 'DeviceManagementConfiguration.ReadWrite.All';
const DEVICES = 'DeviceManagementManagedDevices.ReadWrite.All';

function contract(resource: string, paths: string[], permissions: Partial<ContractPermissions>, body: JsonObject, properties: PropertyFacts[], file = `beta/intune-sample-${resource.toLowerCase()}-create.md`): Contract {
  const pathParameters = [...new Set(paths.flatMap((p) => [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)))];
  const example = { '@odata.type': `#microsoft.graph.${resource}`, ...body };
  return {
    contractFormat: 1,
    source: { file, sha256: '0'.repeat(64), dialect: 'md-front-matter' },
    apiVersion: 'beta',
    namespace: 'microsoft.graph',
    resource,
    operation: { method: 'POST', paths, pathParameters },
    permissions: { delegatedWork: [], delegatedPersonal: [], application: [], ...permissions },
    requestHeaders: ['Authorization', 'Accept'],
    properties: [{ name: 'id', type: 'String', collection: false, readOnly: true }, ...properties],
    request: {
      example: { method: 'POST', url: `https://graph.microsoft.com/beta${paths[0]}`, path: paths[0]!, headers: { 'Content-type': 'application/json', 'Content-length': '99' }, body: example },
      schema: { type: 'object' },
    },
    response: { status: 201, example: { headers: {}, body: { ...example, id: '00000000-0000-0000-0000-000000000000' } }, schema: { type: 'object' } },
    echo: { equal: Object.keys(body), serverOwned: ['id'] },
    docDefects: [],
  };
}

const str = (name: string): PropertyFacts => ({ name, type: 'String', collection: false, readOnly: false });

export const SAMPLE_CONTRACTS: Contract[] = [
  contract(
    'managedAppLogCollectionRequest',
    ['/deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}/managedAppLogCollectionRequests'],
    { delegatedWork: [CONFIG, APPS], application: [CONFIG, APPS] },
    { status: 'Status value', requestedBy: 'Requested By value' },
    [str('status'), str('requestedBy')],
  ),
  contract(
    'deviceLogCollectionResponse',
    ['/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/deviceRunStates/{deviceManagementScriptDeviceStateId}/managedDevice/logCollectionRequests'],
    { delegatedWork: [CONFIG, DEVICES], application: [CONFIG, DEVICES] },
    { enrolledByUser: 'Enrolled By User value' },
    [str('enrolledByUser')],
  ),
  contract(
    'managedDeviceMobileAppConfigurationUserStatus',
    ['/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses'],
    { delegatedWork: [APPS], application: [APPS] },
    { userDisplayName: 'User Display Name value', userPrincipalName: 'User Principal Name value' },
    [str('userDisplayName'), str('userPrincipalName')],
  ),
  contract(
    'managedAppRegistration',
    ['/managedAppRegistrations', '/users/{usersId}/managedAppRegistrations', '/deviceAppManagement/managedAppRegistrations'],
    { delegatedWork: [APPS] },
    { deviceName: 'Device Name value' },
    [str('deviceName')],
  ),
];

/**
 * Creates outside Intune, with application permissions, so that only the write scope keeps a
 * tenant run from sending them: a group, a calendar event (also under `/me`), a channel message.
 */
export const GRAPH_WIDE_SAMPLE_CONTRACTS: Contract[] = [
  contract('group', ['/groups'], { delegatedWork: ['Group.ReadWrite.All'], application: ['Group.Create', 'Group.ReadWrite.All'] }, { displayName: 'Sample group' }, [str('displayName')], 'v1.0/api/group-post-groups.md'),
  contract('event', ['/me/events', '/users/{usersId}/events'], { delegatedWork: ['Calendars.ReadWrite'], application: ['Calendars.ReadWrite'] }, { subject: 'Sample event' }, [str('subject')], 'v1.0/api/user-post-events.md'),
  contract('chatMessage', ['/teams/{teamsId}/channels/{channelsId}/messages'], { delegatedWork: ['ChannelMessage.Send'], application: ['Teamwork.Migrate.All'] }, { subject: 'Sample message' }, [str('subject')], 'v1.0/api/channel-post-messages.md'),
];
