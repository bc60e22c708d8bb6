import type { Block, TableBlock } from './page-blocks.ts';
import { stripInlineMarkdown } from './inline-text.ts';

/**
 * The documented request header names. Values are prose ("Bearer {token}. Required. Learn
 * more...") and the plain-text rendering even drops `<token>`, so only names are facts.
 */
export function parseRequestHeaders(blocks: Block[]): string[] {
  const table = blocks.find((block): block is TableBlock =>
    block.kind === 'table' && /^header$/i.test(stripInlineMarkdown(block.header[0] ?? '')));
  if (!table) return [];
  return table.rows
    .map((row) => stripInlineMarkdown(row.cells[0] ?? ''))
    .filter((name) => /^[A-Za-z][\w-]*$/.test(name));
}
