import { describe, expect, test } from 'vitest';
import { createdEntityUrl } from './created-entity-url.ts';

const base = 'https://graph.microsoft.com/beta';
const create = { path: '/deviceManagement/deviceConfigurations' };

describe('createdEntityUrl', () => {
  test.each<[string, string | undefined, string]>([
    ['no Location: the path with /{id}', undefined, `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location in the same version base', `${base}/deviceManagement/deviceConfigurations('a/b c')`, `${base}/deviceManagement/deviceConfigurations('a/b%20c')`],
    ['a relative Location', "deviceConfigurations('x')", `${base}/deviceManagement/deviceConfigurations('x')`],
    ['a Location on another host (the token stays home)', "https://fef.msua06.manage.microsoft.com/Configuration/deviceConfigurations('x')", `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location in another version', "https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations('x')", `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location over http', "http://graph.microsoft.com/beta/deviceManagement/deviceConfigurations('x')", `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location with credentials', "https://user:pw@graph.microsoft.com/beta/x('x')", `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location that is no URL', 'http://[', `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a blank Location', '  ', `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
    ['a Location on a prefix of the version', 'https://graph.microsoft.com/betamax/x', `${base}/deviceManagement/deviceConfigurations/a%2Fb%20c`],
  ])('%s', (_name, location, want) => {
    expect(createdEntityUrl(base, create, 'a/b c', location)).toBe(want);
  });
});
