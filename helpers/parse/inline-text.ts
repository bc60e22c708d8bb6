import { decodeHTML } from 'entities';

// Table cells and headings carry inline markdown; the contract keeps only the plain facts.
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /(\*\*|__)(.+?)\1/g;
const ITALIC = /(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])/g;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g;

export function stripInlineMarkdown(cell: string): string {
  return decodeHTML(
    cell
      .replace(LINK, '$1')
      .replace(EMPHASIS, '$2')
      .replace(ITALIC, '$1')
      // Backticks are dropped one by one, not paired: a stray one in a description (`{ | }`)
      // would otherwise swallow the next code span and its enum value.
      .replace(/`/g, '')
      .replace(HTML_TAG, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
