import { describe, expect, it } from 'vitest';
import { findResourceLink } from './resource-link.ts';
import type { Block } from './page-blocks.ts';

// The request body section's text, from line 40; definitions as markdown keeps them, by label.
const text = (...lines: string[]): Block[] => [{ kind: 'text', text: lines.join('\n'), line: 40 }];

describe('findResourceLink', () => {
  it.each([
    ['an inline link to the resource page', text('Supply a JSON representation of a [gizmo](../resources/gizmo.md) object.'), 'gizmo', { target: '../resources/gizmo.md', line: 40 }],
    ['the link naming the created type wins over an earlier one', text('Unlike a [bench](../resources/bench.md),', 'a [**gizmo**](../resources/gizmo.md#properties) takes these.'), 'gizmo', { target: '../resources/gizmo.md', line: 41 }],
    ['else the first link into a resources folder', text('See [the parts](../resources/gizmopart.md).'), 'gizmo', { target: '../resources/gizmopart.md', line: 40 }],
    ['links to API pages, the web and anchors are no resource pages', text('Use [spin](gizmo-spin.md), [docs](/graph/overview) or [up](#request-body) or [web](https://example.com/x.md).'), 'gizmo', undefined],
    ['no link at all', text('Supply a JSON representation of **gizmo** object.'), 'gizmo', undefined],
  ])('%s', (_name, blocks, resource, want) => {
    expect(findResourceLink(blocks, resource)).toEqual(want);
  });

  it('a reference-style link resolves through the page\'s definitions', () => {
    const blocks = text('Supply a JSON representation of the [gizmo][] resource, or see [the bench][bench].');
    const definitions = new Map([['gizmo', '../resources/gizmo.md'], ['bench', '../resources/bench.md']]);
    expect(findResourceLink(blocks, 'gizmo', definitions)).toEqual({ target: '../resources/gizmo.md', line: 40 });
    expect(findResourceLink(blocks, 'bench', definitions)).toEqual({ target: '../resources/bench.md', line: 40 });
    expect(findResourceLink(blocks, 'gizmo')).toBeUndefined();
  });
});
