import { describe, expect, it } from 'vitest';
import { parsePropertiesTable } from './properties-table.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { ProblemLog } from '../foundation/diagnostics.ts';

const table = (header: string, ...rows: string[]) => markdownBlocks([header, '|:--|:--|:--|', ...rows].join('\n'));
const read = (header: string, ...rows: string[]) => parsePropertiesTable(table(header, ...rows), new ProblemLog('x.md'));

describe('parsePropertiesTable: hand-written spellings', () => {
  it.each([
    ['lower-case primitives', '|name|string|A name.|', 'String'],
    ['lower-case boolean', '|on|boolean|Switched on.|', 'Boolean'],
    ['the Edm. prefix', '|on|Edm.Boolean|Switched on.|', 'Boolean'],
    ['a language\'s int', '|count|int|How many.|', 'Int32'],
    ['a language\'s float', '|ratio|Float|How much.|', 'Single'],
    ['a type name stays as written', '|finish|gizmoFinish|Surface.|', 'gizmoFinish'],
  ])('%s', (_name, row, type) => {
    expect(read('|Property|Type|Description|', row)?.[0]?.type).toBe(type);
  });

  it('a "Parameter | Type" or "Name | Type" table is the properties table too', () => {
    expect(read('|Parameter|Type|Description|', '|turns|Int32|How many.|')?.map((property) => property.name)).toEqual(['turns']);
    expect(read('|Name|Type|Description|', '|turns|Int32|How many.|')?.map((property) => property.name)).toEqual(['turns']);
  });

  it('a "Name | Description" table is not (request headers are written so)', () => {
    expect(read('|Name|Description|Notes|', '|Authorization|Bearer {token}.|x|')).toBeUndefined();
  });
});
