import { describe, expect, it } from 'vitest';
import { exampleKind } from './example-kind.ts';
import type { PageExample, PageHttpMessage } from '../parse/page-model.ts';
import type { JsonValue } from '../foundation/contract-types.ts';

const message = (startLine: string, body?: JsonValue, headers: Record<string, string> = {}): PageHttpMessage => ({ startLine, headers, body, line: 1, bodyLine: 2 });
const example = (request: PageHttpMessage, response: PageHttpMessage | undefined, more: Partial<PageExample> = {}): PageExample => ({ request, response, truncated: false, problems: [], ...more });
const post = message('POST https://graph.microsoft.com/v1.0/gizmos', { displayName: 'a' }, { 'Content-type': 'application/json' });

describe('exampleKind: create or not, as the example answers', () => {
  it.each([
    ['201 with an entity', example(post, message('HTTP/1.1 201 Created', { id: '1' })), 'create'],
    ['201 with a body but no id: a create (the build reports NO_RESPONSE_ID)', example(post, message('HTTP/1.1 201 Created', { name: 'x' })), 'create'],
    ['a shortened 201 with no body, a Location header instead', example(post, message('HTTP/1.1 201 Created', undefined, { Location: '/gizmos/1' }), { truncated: true }), 'create'],
    ['a shortened 201 with no body, its type annotated', example(post, message('HTTP/1.1 201 Created'), { truncated: true, odataType: 'microsoft.graph.gizmo' }), 'create'],
    ['a shortened 201 with nothing pointing at an entity', example(post, message('HTTP/1.1 201 Created'), { truncated: true }), 'action'],
    ['201 with no body, not shortened', example(post, message('HTTP/1.1 201 Created')), 'action'],
    ['200 with a new entity (an id)', example(post, message('HTTP/1.1 200 OK', { id: '1' })), 'create'],
    ['200 shortened, its type annotated', example(post, message('HTTP/1.1 200 OK', { subject: 'x' }), { truncated: true, odataType: 'microsoft.graph.message' }), 'create'],
    ['200 without an entity', example(post, message('HTTP/1.1 200 OK', { value: [] })), 'action'],
    ['202 Accepted', example(post, message('HTTP/1.1 202 Accepted')), 'action'],
    ['204 No Content', example(post, message('HTTP/1.1 204 No Content')), 'action'],
    ['an error answer', example(post, message('HTTP/1.1 409 Conflict', { error: {} })), 'error-answer'],
    ['a PUT', example(message('PUT https://graph.microsoft.com/v1.0/gizmos/1'), message('HTTP/1.1 201 Created', { id: '1' })), 'unsupported'],
    ['a MIME body', example(message('POST https://graph.microsoft.com/v1.0/me/messages', undefined, { 'Content-Type': 'text/plain' }), message('HTTP/1.1 201 Created', { id: '1' })), 'unsupported'],
    ['a JSON media type with parameters is JSON', example(message('POST https://graph.microsoft.com/v1.0/gizmos', {}, { 'content-type': 'application/json; charset=utf-8' }), message('HTTP/1.1 201 Created', { id: '1' })), 'create'],
    ['no response: the build names it', example(post, undefined), 'create'],
    ['a status line that is none: the build names it', example(post, message('Created', { id: '1' })), 'create'],
  ])('%s', (_name, given, want) => {
    const kind = exampleKind(given);
    expect(kind.kind).toBe(want);
    if (kind.kind !== 'create') expect(kind.reason).not.toBe('');
  });
});
