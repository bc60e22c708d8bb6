import { describe, expect, it } from 'vitest';
import { parameterSlots } from './path-template.ts';

describe('parameterSlots', () => {
  it.each([
    ['no parameter', '/deviceAppManagement/managedAppRegistrations', []],
    [
      'one parameter',
      '/deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}/managedAppLogCollectionRequests',
      [{ name: 'managedAppRegistrationId', parentTemplate: '/deviceAppManagement/managedAppRegistrations' }],
    ],
    [
      'nested parameters keep the earlier placeholder in the parent',
      '/deviceManagement/deviceManagementScripts/{scriptId}/deviceRunStates/{stateId}/managedDevice/logCollectionRequests',
      [
        { name: 'scriptId', parentTemplate: '/deviceManagement/deviceManagementScripts' },
        { name: 'stateId', parentTemplate: '/deviceManagement/deviceManagementScripts/{scriptId}/deviceRunStates' },
      ],
    ],
  ])('%s', (_name, template, want) => {
    expect(parameterSlots(template)).toEqual(want);
  });
});
