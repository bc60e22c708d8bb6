import { describe, expect, it, test } from 'vitest';
import { fillPathTemplate, parameterSlots, pathTemplateToRegExp, pathParameters } from './path-template.ts';

describe('pathTemplateToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['/users/{usersId}/managedAppRegistrations', '/users/42/managedAppRegistrations', true],
    ['/users/{usersId}/managedAppRegistrations', '/users/42/managedAppRegistrations/', true],
    ['/users/{usersId}/managedAppRegistrations', '/users/42/x/managedAppRegistrations', false],
    ['/users/{usersId}/managedAppRegistrations', '/users//managedAppRegistrations', false],
    ['/a.b/{id}', '/aXb/1', false],
    ['/managedAppRegistrations', '/managedAppRegistrations', true],
  ];
  test.each(cases)('%s ~ %s = %s', (template, path, want) => {
    expect(pathTemplateToRegExp(template).test(path)).toBe(want);
  });
});

describe('fillPathTemplate', () => {
  test('fills and encodes every parameter', () => {
    expect(fillPathTemplate('/a/{x}/b/{y}', { x: '1', y: 'a b' })).toEqual({ path: '/a/1/b/a%20b' });
  });
  test('names the parameters that have no value', () => {
    expect(fillPathTemplate('/a/{x}/b/{y}', { x: '1' })).toEqual({ missing: ['y'] });
  });
  test('the parameters fillPathTemplate fills, in order', () => {
    expect(pathParameters('/a/{x}/b/{y}')).toEqual(['x', 'y']);
  });
});

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
