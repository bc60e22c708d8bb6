// HTML in the project's own markdown that a renderer drops: GitHub keeps a short list of
// elements and strips any other tag, so a placeholder written as `<tenant>` outside a code span
// vanishes from the rendered page ("Grant admin consent for" and nothing after it).
import { Lexer, marked } from 'marked';

export interface RawTag {
  line: number;
  tag: string;
}

// Elements a rendered README or doc page keeps (GitHub's sanitiser allows these and more);
// anything else in a tag is read as a placeholder that went missing.
const KEPT = new Set(['a', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'ul', 'var']);
const TAG = /<\/?([A-Za-z][\w-]*)/g;

/** Every tag in `markdown` outside code that is not an element a renderer keeps, with its line (comments are fine). */
export function unknownHtmlTags(markdown: string): RawTag[] {
  const found: RawTag[] = [];
  let offset = 0;
  for (const block of Lexer.lex(markdown)) {
    const line = markdown.slice(0, offset).split('\n').length;
    offset += block.raw.length;
    marked.walkTokens([block], (token) => {
      if (token.type !== 'html') return;
      for (const [, name = ''] of token.raw.matchAll(TAG)) {
        if (!KEPT.has(name.toLowerCase())) found.push({ line: line + block.raw.slice(0, block.raw.indexOf(token.raw)).split('\n').length - 1, tag: `<${name}>` });
      }
    });
  }
  return found;
}
