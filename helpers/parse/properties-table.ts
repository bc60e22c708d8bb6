import type { Block, TableBlock, TableRow } from './page-blocks.ts';
import type { PageProperty } from './page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { stripInlineMarkdown } from './inline-text.ts';
import { describeProperty } from './property-description.ts';
import { PRIMITIVE_TYPES } from '../foundation/odata-primitive-types.ts';


const PROPERTY_NAME = /^@?[A-Za-z_][\w.@-]*$/;
const TYPE_NAME = /^[A-Za-z_][\w.]*$/;

/** The rows of the first "Property | Type | Description" table of `blocks`; undefined when there is none. */
export function parsePropertiesTable(blocks: Block[], log: ProblemLog): PageProperty[] | undefined {
  const table = blocks.find((block): block is TableBlock => block.kind === 'table' && isPropertyTable(block.header));
  if (!table) return undefined;
  // The first row of a name wins; a Set keeps this linear (a 5 MB table took 12.6 s).
  const properties: PageProperty[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const property = parseRow(row, log);
    if (!property || seen.has(property.name)) continue;
    seen.add(property.name);
    properties.push(property);
  }
  return properties;
}

/** `Property | Type | Description`; hand-written request bodies also say `Parameter` or `Name` (with a Type column). */
function isPropertyTable(header: string[]): boolean {
  const first = stripInlineMarkdown(header[0] ?? '');
  return /^property$/i.test(first) || (/^(?:parameter|name)$/i.test(first) && /^type$/i.test(stripInlineMarkdown(header[1] ?? '')));
}

/**
 * Hand-written pages spell primitives their own way: in lower case (`string`, `boolean`), with
 * the `Edm.` prefix, or by a programming language's name (`int`, `bool`, `float`). They are the
 * OData types; any other name (`widgetColor`) is a type name as written.
 */
function primitiveSpelling(type: string): string {
  if (PRIMITIVE_TYPES.has(type)) return type;
  const bare = type.replace(/^edm\./i, '').toLowerCase();
  return PRIMITIVE_BY_LOWER.get(bare) ?? LANGUAGE_NAMES.get(bare) ?? type;
}

const PRIMITIVE_BY_LOWER = new Map([...PRIMITIVE_TYPES].map((name) => [name.toLowerCase(), name]));
const LANGUAGE_NAMES = new Map([['int', 'Int32'], ['integer', 'Int32'], ['long', 'Int64'], ['bool', 'Boolean'], ['float', 'Single'], ['number', 'Double']]);

function parseRow(row: TableRow, log: ProblemLog): PageProperty | undefined {
  const name = stripInlineMarkdown(row.cells[0] ?? '');
  const typeCell = stripInlineMarkdown(row.cells[1] ?? '');
  // `|**On-boarding**||` and similar pseudo-rows group properties; they are not properties.
  if (typeCell === '' && (row.cells[0] ?? '').includes('**')) return undefined;
  if (!PROPERTY_NAME.test(name)) {
    log.defect('BAD_PROPERTY_ROW', `"${name}" is not a property name: expected an identifier in the Property column`, { line: row.line });
    return undefined;
  }
  const typeMatch = /^(\S+?)(\s+collection)?$/i.exec(typeCell);
  const type = primitiveSpelling(typeMatch?.[1] ?? '');
  if (!TYPE_NAME.test(type)) {
    log.defect('BAD_PROPERTY_ROW', `type "${typeCell}" is not a type name: expected e.g. "String", "Int32" or "X collection"`, { line: row.line, field: name });
    return undefined;
  }
  const rawDescription = row.cells.slice(2).join('|');
  const facts = describeProperty(stripInlineMarkdown(rawDescription), rawDescription);
  if (facts.disagreeingValues) {
    const others = facts.disagreeingValues.map((list) => list.join(', ')).join('; ');
    log.defect('POSSIBLE_VALUES_DISAGREE', `the description lists possible values twice, and the lists differ (${others}); the contract takes ${(facts.enumValues ?? []).join(', ')}, the generated list`, { line: row.line, field: name });
  }
  const property: PageProperty = {
    name,
    type,
    collection: Boolean(typeMatch?.[2]),
    readOnly: facts.readOnly,
    line: row.line,
  };
  if (!PRIMITIVE_TYPES.has(type)) property.referencedType = type;
  if (facts.enumValues) property.enumValues = facts.enumValues;
  if (facts.minimum !== undefined) property.minimum = facts.minimum;
  if (facts.maximum !== undefined) property.maximum = facts.maximum;
  if (facts.inheritedFrom) property.inheritedFrom = facts.inheritedFrom;
  return property;
}
