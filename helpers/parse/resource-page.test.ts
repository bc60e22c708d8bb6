import { describe, expect, it } from 'vitest';
import { parseResourcePage } from './resource-page.ts';
import { edit, graphWidePage } from './fixtures/fixture-pages.ts';

const page = graphWidePage('beta/resources/gizmo.md');
const lineOf = (start: string) => page.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('parseResourcePage', () => {
  it('the Properties table, each row with its line and the resource page as its file; relationships are not properties', () => {
    const { properties, problems } = parseResourcePage('beta/resources/gizmo.md', page);
    expect(problems).toEqual([]);
    expect(properties?.map((property) => property.name)).toEqual(['id', 'displayName', 'teeth', 'finish', 'nickname', 'serialNumber', 'createdDateTime']);
    expect(properties?.[2]).toEqual({ name: 'teeth', type: 'Int32', collection: false, readOnly: false, line: lineOf('| teeth'), file: 'beta/resources/gizmo.md' });
    expect(properties?.find((property) => property.name === 'finish')?.enumValues).toEqual(['matte', 'gloss']);
  });

  it('a row it cannot read is a defect on the resource page, at its line', () => {
    const { problems } = parseResourcePage('beta/resources/gizmo.md', edit(page, '| nickname | String |', '| nick name | String |'));
    expect(problems).toMatchObject([{ code: 'BAD_PROPERTY_ROW', fatal: false, file: 'beta/resources/gizmo.md', line: lineOf('| nickname') }]);
  });

  it('no property table: no properties (the build names the link)', () => {
    expect(parseResourcePage('x.md', '# gizmo resource type\n\nNothing here.\n').properties).toBeUndefined();
  });
});
