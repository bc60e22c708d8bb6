import { decodeHTML } from 'entities';

// Table cells and headings carry inline markdown; the contract keeps only the plain facts.
// Every pattern here runs on cells of any size, so none may backtrack super-linearly: a class
// that could restart the match (`[` in a link text or target, `<` in a tag) is
// excluded from the repeated part, so a failed attempt stops at the next possible start
// instead of rescanning the rest of the cell (1 MB of `[` or `<a` never finished before).
const LINK = /!?\[([^[\]]*)\]\([^)[\]]*\)/g;
const EMPHASIS = /(\*\*|__)(.+?)\1/g;
const ITALIC = /(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;

// Most cells (names, types) hold no markup at all; they skip the patterns and the decoder.
const MARKUP = /[[*_`<\\&]/;

export function stripInlineMarkdown(cell: string): string {
  if (!MARKUP.test(cell)) return cell.replace(/\s+/g, ' ').trim();
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
