import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, TableRow } from './page-blocks.ts';
import { readDocAnnotation } from './doc-annotation.ts';

// marked finds the block structure (fences, headings, tables); its tokens are contiguous, so
// counting the newlines of each token's `raw` gives line numbers. Table cells are re-split from
// `raw` because GFM drops cells beyond the header count, and doc pages have unescaped `|` in
// descriptions that must stay part of the description.
// Only marked's block pass runs: its inline pass (emphasis, links) is never used here, since
// cells keep their raw text, and its delimiter matching is quadratic on cells such as 1 MB of
// `*a` or `_a`. Lines nesting containers deeper than marked's recursion can take are refused
// before lexing (markup-nesting.ts).

export function markdownBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  let line = firstLine;
  for (const token of new Lexer({ gfm: true }).blockTokens(text)) {
    const block = toBlock(token, line);
    if (block) blocks.push(...block);
    line += countNewlines(token.raw);
  }
  return blocks;
}

function toBlock(token: Token, line: number): Block[] | undefined {
  const leading = leadingBlankLines(token.raw);
  switch (token.type) {
    case 'heading':
      return [{ kind: 'heading', text: (token as Tokens.Heading).text.trim(), line: line + leading, depth: (token as Tokens.Heading).depth }];
    case 'code': {
      const code = token as Tokens.Code;
      const fenced = /^\s*(```|~~~)/.test(token.raw.slice(token.raw.search(/\S/)));
      return [{ kind: 'code', lines: code.text.split('\n'), line: line + leading + (fenced ? 1 : 0) }];
    }
    case 'table':
      return [tableBlock(token.raw, line + leading)];
    case 'def': {
      const definition = token as Tokens.Def;
      return [{ kind: 'linkDefinition', label: definition.tag.toLowerCase(), target: definition.href, line: line + leading }];
    }
    case 'html': {
      const data = readDocAnnotation(token.raw);
      return data ? [{ kind: 'annotation', data, line: line + leading }] : undefined;
    }
    case 'paragraph':
    case 'blockquote':
    case 'text':
    case 'list':
      return [{ kind: 'text', text: token.raw.trim(), line: line + leading }];
    default:
      return undefined;
  }
}

function tableBlock(raw: string, line: number) {
  const lines = raw.replace(/\n+$/, '').split('\n');
  const rows: TableRow[] = [];
  lines.forEach((text, index) => {
    if (index === 1 || text.trim() === '') return; // the |---|---| delimiter row
    const isContinuation = index > 1 && !text.trimStart().startsWith('|') && rows.length > 0;
    const last = rows[rows.length - 1];
    if (isContinuation && last) {
      continueRow(last.cells, text);
      return;
    }
    rows.push({ cells: splitCells(text), line: line + index });
  });
  const [header, ...body] = rows;
  return { kind: 'table' as const, header: header?.cells ?? [], rows: body, line };
}

/**
 * A line without a leading `|` continues the row above: its text joins the last cell, and
 * each `|` in it starts a new cell. Only the new text is split (re-splitting the whole row
 * per continuation line made long wrapped rows quadratic).
 */
function continueRow(cells: string[], continuation: string): void {
  let text = continuation.trim();
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const [first = '', ...rest] = text.split(/(?<!\\)\|/);
  // Joined without re-trimming the grown cell: trim() would flatten it on every line.
  const previous = cells[cells.length - 1] ?? '';
  const added = first.trim();
  cells[cells.length - 1] = previous === '' ? added : added === '' ? previous : `${previous} ${added}`;
  for (const cell of rest) cells.push(cell.trim());
}

/** Splits on `|` not escaped with a backslash; the outer pipes are optional in GFM. */
export function splitCells(rowText: string): string[] {
  let text = rowText.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function leadingBlankLines(raw: string): number {
  const match = /^(?:[ \t]*\n)*/.exec(raw);
  return match ? countNewlines(match[0]) : 0;
}
