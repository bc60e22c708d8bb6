import { describe, expect, test } from 'vitest';
import { answerRead, entityAddress } from './answer-read.ts';
import { MockEntities } from './mock-entities.ts';

describe('entityAddress', () => {
  test.each<[string, { collectionPath: string; id: string } | undefined]>([
    ['/widgets/abc', { collectionPath: '/widgets', id: 'abc' }],
    ["/a/widgets('abc')", { collectionPath: '/a/widgets', id: 'abc' }],
    ["/widgets('it''s')", { collectionPath: '/widgets', id: "it's" }],
    ['/widgets/a%2Fb%20c', { collectionPath: '/widgets', id: 'a/b c' }],
    ["/widgets('a%20b')", { collectionPath: '/widgets', id: 'a b' }],
    ['/widgets/%E0%A4%A', undefined],
    ['/widgets/', undefined],
    ['/widgets', undefined],
  ])('%s', (path, want) => {
    expect(entityAddress(path)).toEqual(want);
  });
});

describe('answerRead', () => {
  const entities = new MockEntities();
  entities.add('beta', '/a/widgets/', 'w1', '{"id":"w1"}');
  const notFound = () => ({ status: 404, headers: {}, body: 'nf' });

  test.each<[string, string, number]>([
    ['by key syntax', "/a/widgets('w1')", 200],
    ['by path', '/a/widgets/w1', 200],
    ['in another collection', '/b/widgets/w1', 404],
    ['another id', '/a/widgets/w2', 404],
  ])('%s', (_name, path, status) => {
    expect(answerRead(entities, 'beta', path, { 'request-id': 'r' }, notFound).status).toBe(status);
  });

  test('in another version, and with no store at all', () => {
    expect(answerRead(entities, 'v1.0', '/a/widgets/w1', {}, notFound).status).toBe(404);
    expect(answerRead(undefined, 'beta', '/a/widgets/w1', {}, notFound).status).toBe(404);
  });

  test('the stored text, as JSON with the given headers', () => {
    expect(answerRead(entities, 'beta', '/a/widgets/w1', { 'request-id': 'r' }, notFound)).toEqual({ status: 200, headers: { 'Content-Type': expect.stringContaining('application/json'), 'request-id': 'r' }, body: '{"id":"w1"}' });
  });
});
