import { describe, expect, it } from 'vitest';
import { WIDGET_CSDL } from '../testing/widget-model.ts';
import { readCsdl } from './read-csdl.ts';
import { resolvePath } from './resolve-path.ts';

const model = readCsdl(WIDGET_CSDL, 'widget.xml');

describe('resolvePath', () => {
  it.each([
    ['an entity set', '/widgets', 'microsoft.graph.widget', true],
    ['a singleton', '/workshop', 'microsoft.graph.workshop', false],
    ['a navigation collection of a singleton', '/workshop/widgets', 'microsoft.graph.widget', true],
    ['a key then a navigation property', '/widgets/{widgetId}/parts', 'microsoft.graph.part', true],
    ['the key in parentheses', "/widgets('{widgetId}')/parts", 'microsoft.graph.part', true],
    ['a cast on a collection', '/widgets/microsoft.graph.gearWidget', 'microsoft.graph.gearWidget', true],
    ['a cast, then a derived navigation property', '/widgets/{id}/microsoft.graph.gearWidget/gears', 'microsoft.graph.part', true],
    ['a cast into another schema', '/parts/microsoft.graph.extra.sprocket', 'microsoft.graph.extra.sprocket', true],
    ['a single-valued navigation property', '/workshop/favourite', 'microsoft.graph.widget', false],
    ['segments in another case', '/Workshop/Widgets', 'microsoft.graph.widget', true],
    ['path-based addressing below a single-valued property', '/workshop/favourite:/{item-path}:/parts', 'microsoft.graph.part', true],
  ])('resolves %s', (_name, path, type, collection) => {
    expect(resolvePath(model, path)).toEqual({ resolved: true, type, collection });
  });

  it.each([
    ['an unknown first segment', '/gadgets', 'gadgets', /not an entity set or singleton/],
    ['an unknown navigation property', '/workshop/gadgets', 'gadgets', /microsoft.graph.workshop \(with its base types\) has no property "gadgets"$/],
    ["a derived type's property without its cast", '/widgets/{id}/gears', 'gears', /derived types declare it \(gearWidget\): the path needs a type cast segment/],
    ['a cast to an unrelated type', '/widgets/microsoft.graph.part', 'microsoft.graph.part', /does not derive from microsoft.graph.widget/],
    ['a cast to no type', '/widgets/microsoft.graph.nothing', 'microsoft.graph.nothing', /names no type/],
    ['a system segment', '/widgets/$count', '$count', /not part of a create path/],
  ])('does not resolve %s, naming the segment', (_name, path, segment, reason) => {
    const resolution = resolvePath(model, path);
    expect(resolution).toMatchObject({ resolved: false, segment });
    expect(resolution.resolved ? '' : resolution.reason).toMatch(reason);
  });
});
