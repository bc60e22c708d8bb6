import { describe, expect, it } from 'vitest';
import { WIDGET_CSDL } from '../testing/widget-model.ts';
import { ModelError } from './model-errors.ts';
import { baseChain, typeProperties } from './model-lookup.ts';
import { readCsdl } from './read-csdl.ts';

describe('readCsdl', () => {
  const model = readCsdl(WIDGET_CSDL, 'widget.xml');

  it('resolves aliases in base types, property types and the container, across schemas', () => {
    expect(model.types.get('microsoft.graph.extra.sprocket')).toMatchObject({ kind: 'entity', baseType: 'microsoft.graph.part' });
    expect(model.types.get('microsoft.graph.widget')).toMatchObject({ baseType: 'microsoft.graph.entity' });
    expect(model.entryPoints.get('parts')).toMatchObject({ type: 'microsoft.graph.part', collection: true });
    expect(model.entryPoints.get('workshop')).toMatchObject({ type: 'microsoft.graph.workshop', collection: false });
  });

  it('keeps collection, navigation, enum members, flags and declaration lines', () => {
    const widget = model.types.get('microsoft.graph.widget');
    if (widget?.kind !== 'entity') throw new Error('widget is not an entity type');
    expect(widget.properties.get('tags')).toMatchObject({ type: 'Edm.String', collection: true, navigation: false });
    expect(widget.properties.get('parts')).toMatchObject({ type: 'microsoft.graph.part', collection: true, navigation: true });
    expect(model.types.get('microsoft.graph.widgetPlatforms')).toMatchObject({ kind: 'enum', isFlags: true, members: ['none', 'android', 'iOS'] });
    expect(model.types.get('microsoft.graph.widgetColour')).toMatchObject({ isFlags: false, line: 5 });
  });

  it('follows base types for properties, the derived declaration first', () => {
    const gear = model.types.get('microsoft.graph.gearWidget');
    if (gear?.kind !== 'entity') throw new Error('gearWidget is not an entity type');
    expect(baseChain(model, gear).map((type) => type.name)).toEqual(['microsoft.graph.gearWidget', 'microsoft.graph.widget', 'microsoft.graph.entity']);
    expect(typeProperties(model, gear).get('id')).toMatchObject({ declaredOn: 'microsoft.graph.entity' });
  });

  it.each([
    ['a truncated document', WIDGET_CSDL.slice(0, WIDGET_CSDL.indexOf('<EntityType Name="gearWidget"')), 'MODEL_UNPARSABLE', 28],
    ['a mismatched closing tag', WIDGET_CSDL.replace('</ComplexType>', '</EntityType>'), 'MODEL_UNPARSABLE', 37],
    ['XML that is not CSDL', '<?xml version="1.0"?>\n<html><body/></html>\n', 'MODEL_NOT_CSDL', undefined],
  ])('rejects %s with a ModelError naming file and line', (_name, text, code, line) => {
    let caught: unknown;
    try {
      readCsdl(text, 'broken.xml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelError);
    expect(caught).toMatchObject({ code, source: 'broken.xml', line });
    expect((caught as Error).message).toMatch(line ? `broken.xml:${line}: ` : 'broken.xml: ');
  });
});
