import { describe, expect, it } from 'vitest';
import { readTitle } from './page-title.ts';

describe('readTitle', () => {
  it.each([
    ['Create gizmo', { kind: 'create', resource: 'gizmo' }],
    ['Create multi-part gizmo', { kind: 'create', resource: 'multi-part' }],
    ['Get gizmo', { kind: 'not-create', verb: 'Get' }],
    ['List gizmos', { kind: 'not-create', verb: 'List' }],
    ['Update gizmo', { kind: 'not-create', verb: 'Update' }],
    ['Delete gizmo', { kind: 'not-create', verb: 'Delete' }],
    ['Add member', { kind: 'operation', resource: 'member' }],
    ['Send chatMessage in a channel', { kind: 'operation', resource: 'chatMessage' }],
    ['gizmo: spin', { kind: 'operation', resource: 'gizmo' }],
    ['Share a file with a link', { kind: 'operation', resource: 'a' }],
    ['', { kind: 'operation' }],
  ])('%j', (title, want) => {
    expect(readTitle(title)).toEqual(want);
  });
});
