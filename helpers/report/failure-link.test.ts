import { describe, expect, test } from 'vitest';
import { failureLink } from './failure-link.ts';

const BASE = 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/main/api-reference/';

describe('failureLink', () => {
  test.each([
    ['a page line under a base URL', { file: 'beta/api/intune-apps-androidlobapp-create.md', line: 42, section: 'Properties', field: 'displayName' }, BASE,
      { text: 'beta/api/intune-apps-androidlobapp-create.md:42', href: `${BASE}beta/api/intune-apps-androidlobapp-create.md#L42`, title: 'beta/api/intune-apps-androidlobapp-create.md:42 > Properties > displayName' }],
    ['no line: the page itself', { file: 'v1.0/api/a.md' }, BASE, { text: 'v1.0/api/a.md', href: `${BASE}v1.0/api/a.md`, title: 'v1.0/api/a.md' }],
    ['segments encoded, slashes kept', { file: 'beta/api/a b#c.md', line: 3 }, 'http://docs.local/', { text: 'beta/api/a b#c.md:3', href: 'http://docs.local/beta/api/a%20b%23c.md#L3', title: 'beta/api/a b#c.md:3' }],
    ['no base URL: text only, nothing to guess', { file: '000_4ec4dc52e773baea.txt', line: 53, section: 'Properties' }, undefined,
      { text: '000_4ec4dc52e773baea.txt:53', title: '000_4ec4dc52e773baea.txt:53 > Properties' }],
  ])('%s', (_name, where, base, want) => {
    expect(failureLink(where, base)).toEqual(want);
  });

  const TEMPLATE = 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/{commit}/api-reference/';
  test('a base URL with {commit} links the page at the commit it was read at, and nothing without one', () => {
    const where = { file: 'beta/api/a.md', line: 7 };
    expect(failureLink(where, TEMPLATE, '746dd9f8').href).toBe('https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/746dd9f8/api-reference/beta/api/a.md#L7');
    expect(failureLink(where, TEMPLATE)).toEqual({ text: 'beta/api/a.md:7', title: 'beta/api/a.md:7' });
    expect(failureLink(where, BASE, '746dd9f8').href).toBe(`${BASE}beta/api/a.md#L7`);
  });
});
