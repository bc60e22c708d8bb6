import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, TableRow } from './page-blocks.ts';

// marked finds the block structure (fences, headings, tables); its tokens are contiguous, so
// counting the newlines of each token's `raw` gives line numbers. Table cells are re-split from
// `raw` because GFM drops cells beyond the header count, and doc pages have unescaped `|` in
// descriptions that must stay part of the description.

export function markdownBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  let line = firstLine;
  for (const token of new Lexer({ gfm: true }).lex(text)) {
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
      return [{ kind: 'heading', text: (token as Tokens.Heading).text.trim(), line: line + leading }];
    case 'code': {
      const code = token as Tokens.Code;
      const fenced = /^\s*(```|~~~)/.test(token.raw.slice(token.raw.search(/\S/)));
      return [{ kind: 'code', lines: code.text.split('\n'), line: line + leading + (fenced ? 1 : 0) }];
    }
    case 'table':
      return [tableBlock(token.raw, line + leading)];
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
      const merged = splitCells(joinRowText(last.cells, text));
      last.cells = merged;
      return;
    }
    rows.push({ cells: splitCells(text), line: line + index });
  });
  const [header, ...body] = rows;
  return { kind: 'table' as const, header: header?.cells ?? [], rows: body, line };
}

function joinRowText(cells: string[], continuation: string): string {
  return `|${cells.join('|')} ${continuation.trim()}`;
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
