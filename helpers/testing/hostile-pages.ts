// Hostile doc pages, derived from the hand-written widget fixture: cells shaped to make a
// backtracking pattern or a recursive reader blow up, huge tables, deep examples, property
// names every JS object already has. Shared by the unit tests (small sizes), the fuzz test and
// `npm run bench:hostile` (1 MB cells, a 5 MB table, 10,000-deep examples).
import { fixturePages } from '../parse/fixtures/fixture-pages.ts';

export type FixtureDialect = keyof typeof fixturePages;

/** Cell contents that made a pattern of the parser (or marked's inline lexer) super-linear. */
export const HOSTILE_CELL_SHAPES: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'open brackets `[`', unit: '[' },
  { name: 'unclosed links `[a](`', unit: '[a](' },
  { name: 'unclosed tags `<a`', unit: '<a' },
  { name: '"Possible values are: a, " repeated', unit: 'Possible values are: a, ' },
  { name: 'emphasis `*a`', unit: '*a' },
  { name: 'emphasis `_a`', unit: '_a' },
  { name: 'strong `**a`', unit: '**a' },
  { name: 'pipes `|`', unit: '\\|' },
];

/** The page with its first `from` replaced by `to(match)` (a function: cells may hold `$`); no match throws. */
function replaceOnce(page: string, from: string | RegExp, to: (match: string) => string): string {
  const edited = page.replace(from, to);
  if (edited === page) throw new Error(`hostile page: the fixture has no ${String(from)}`);
  return edited;
}

/** `unit` repeated to `bytes` characters (cut mid-unit if need be). */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const DESCRIPTION: Record<FixtureDialect, string | RegExp> = {
  md: '|displayName|String|Name people see.|',
  legacy: /\|displayName\|String\|[^\n]*\|/,
  text: 'displayName String Name people see.',
};

/** The fixture page with `cell` as the description of its `displayName` property. */
export function pageWithDescription(cell: string, dialect: FixtureDialect = 'md'): string {
  const row = dialect === 'text' ? `displayName String ${cell}` : `|displayName|String|${cell}|`;
  return replaceOnce(fixturePages[dialect], DESCRIPTION[dialect], () => row);
}

/** The fixture page with `count` more documented String properties (`p0`, `p1`, ...). */
export function pageWithManyRows(count: number, dialect: 'md' | 'text' = 'md'): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(dialect === 'text' ? `p${i} String Row ${i} of a very long table.` : `|p${i}|String|Row ${i} of a very long table.|`);
  const anchor = dialect === 'text' ? 'createdDateTime DateTimeOffset When it was made. Read-only.' : '|createdDateTime|DateTimeOffset|When it was made. Read-only.|';
  return replaceOnce(fixturePages[dialect], anchor, () => `${anchor}\n${rows.join('\n')}`);
}

/** `{"a":{"a":...1...}}` or `[[...1...]]` nested `depth` levels (the outermost counts as one). */
export function deepJson(depth: number, shape: 'object' | 'array'): string {
  return shape === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/**
 * The fixture page whose example request body nests `bodyDepth` levels in all (the body is
 * level 1): its `parts` array holds a value nested `bodyDepth - 2` levels. The response keeps
 * its shallow example.
 */
export function pageWithDeepExample(bodyDepth: number, shape: 'object' | 'array', dialect: FixtureDialect = 'md'): string {
  const parts = '"parts": [{"@odata.type": "microsoft.graph.widgetPart", "label": "cog"}]\n}';
  const page = fixturePages[dialect];
  const at = page.indexOf(parts);
  if (at < 0) throw new Error('hostile page: the fixture has no example "parts"');
  return `${page.slice(0, at)}"parts": [${deepJson(bodyDepth - 2, shape)}]\n}${page.slice(at + parts.length)}`;
}

/** 1-based line of the first line of `page` that contains `text`. */
export function lineOf(page: string, text: string): number {
  const at = page.indexOf(text);
  if (at < 0) throw new Error(`hostile page: no ${text}`);
  return page.slice(0, at).split('\n').length;
}

/** The markdown fixture with `block` (any markdown) before its permissions. */
export function pageWithMarkupBlock(block: string): string {
  return replaceOnce(fixturePages.md, '\n## Permissions', (heading) => `\n${block}\n${heading}`);
}

/** A markdown line of `depth` nested block containers (`> > > ...`, `+ + + ...`), before the permissions. */
export function pageWithDeepMarkup(depth: number, marker: '>' | '+' | '1.', dialect: 'md' | 'legacy' = 'md'): string {
  const line = `${`${marker} `.repeat(depth)}deep`;
  return replaceOnce(fixturePages[dialect], /\n## Permissions|\n#+ *Prerequisites/, (heading) => `\n${line}\n${heading}`);
}

/** Names every JS object answers to: a lookup on a plain object finds them without an own property. */
export const OBJECT_PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'] as const;

/**
 * A create page whose documented properties are the Object.prototype names, one typed as a
 * referenced type called `toString` (an object in the example), all sent and echoed.
 */
export function ownPropertyPage(dialect: 'md' | 'text' = 'md'): string {
  // Markdown reads `__proto__` as bold "proto"; the page escapes it as a doc author would.
  const mdName = (name: string) => (name === '__proto__' ? '\\_\\_proto\\_\\_' : name);
  const rows: Array<[string, string, string]> = [
    ['id', 'String', 'Key. Read-only.'],
    ['constructor', 'String', 'Who built it.'],
    ['toString', 'Int32', 'How it prints.'],
    ['valueOf', 'toString', 'What it is worth.'],
    ['hasOwnProperty', 'Boolean', 'Whether it owns itself.'],
    ['__proto__', 'String', 'Its ancestor.'],
  ];
  const sent = '{\n  "constructor": "Ada",\n  "toString": 7,\n  "valueOf": {"constructor": "x", "__proto__": "y"},\n  "hasOwnProperty": true,\n  "__proto__": "Object"\n}';
  const received = '{\n  "id": "5d1c0b9e-0000-4000-8000-00000000beef",\n  "constructor": "Ada",\n  "toString": 7,\n  "valueOf": {"constructor": "x", "__proto__": "y"},\n  "hasOwnProperty": true,\n  "__proto__": "Object"\n}';
  if (dialect === 'text') {
    return [
      'Create prototypeWidget', '', 'Namespace: microsoft.graph', '', 'Permissions', '',
      'Permission type Permissions (from least to most privileged)', 'Application Widgets.ReadWrite.All', '',
      'HTTP Request', '', 'POST /widgetHub/prototypeWidgets', '',
      'Request body', '', 'Property Type Description', ...rows.map((row) => row.join(' ')), '',
      'Example', '', 'Request', '', 'POST https://graph.microsoft.com/v1.0/widgetHub/prototypeWidgets', 'Content-type: application/json', '', sent, '',
      'Response', '', 'HTTP/1.1 201 Created', 'Content-Type: application/json', '', received, '',
    ].join('\n');
  }
  return [
    '# Create prototypeWidget', '', 'Namespace: microsoft.graph', '', '## Permissions', '',
    '|Permission type|Permissions (from least to most privileged)|', '|:---|:---|', '|Application|Widgets.ReadWrite.All|', '',
    '## HTTP Request', '', '```http', 'POST /widgetHub/prototypeWidgets', '```', '',
    '## Request body', '', '|Property|Type|Description|', '|:---|:---|:---|', ...rows.map(([name, type, text]) => `|${mdName(name)}|${type}|${text}|`), '',
    '## Example', '', '### Request', '', '```http', 'POST https://graph.microsoft.com/v1.0/widgetHub/prototypeWidgets', 'Content-type: application/json', '', sent, '```', '',
    '### Response', '', '```http', 'HTTP/1.1 201 Created', 'Content-Type: application/json', '', received, '```', '',
  ].join('\n');
}
