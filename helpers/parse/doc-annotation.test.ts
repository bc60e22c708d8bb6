import { describe, expect, it } from 'vitest';
import { exampleAnnotation, readDocAnnotation } from './doc-annotation.ts';

describe('readDocAnnotation', () => {
  it.each([
    ['a request annotation', '<!-- {\n  "blockType": "request",\n  "name": "create_gizmo"\n}-->', { blockType: 'request', name: 'create_gizmo' }],
    ['one line, spaces inside', '<!-- { "blockType": "response", "truncated": true } -->', { blockType: 'response', truncated: true }],
    ['a trailing comma, as writers leave them', '<!-- { "blockType": "ignored", } -->', { blockType: 'ignored' }],
    ['a comment that is prose', '<!-- uuid: 8fcb5dbc 2015-10-25 -->', undefined],
    ['JSON that is not an object', '<!-- [1, 2] -->', undefined],
    ['broken JSON', '<!-- { "blockType": } -->', undefined],
    ['nesting deeper than any example', `<!-- {"a": ${'['.repeat(5000)}${']'.repeat(5000)}} -->`, undefined],
  ])('%s', (_name, html, want) => {
    expect(readDocAnnotation(html)).toEqual(want);
  });
});

describe('exampleAnnotation', () => {
  it.each([
    ['a named request', { blockType: 'request', name: ' create_gizmo ' }, { blockType: 'request', name: 'create_gizmo', truncated: false }],
    ['a shortened typed response, "#" dropped', { blockType: 'response', truncated: true, '@odata.type': '#microsoft.graph.gizmo' }, { blockType: 'response', truncated: true, odataType: 'microsoft.graph.gizmo' }],
    ['"truncated" must be true, not truthy', { blockType: 'response', truncated: 'yes' }, { blockType: 'response', truncated: false }],
    ['any other block type', { blockType: 'ignored', name: 'x' }, { blockType: 'other', name: 'x', truncated: false }],
  ])('%s', (_name, data, want) => {
    expect(exampleAnnotation(data)).toEqual(want);
  });
});
