// Relative links and #anchors in the project's own markdown (README.md, docs/), checked the way
// GitHub resolves them: a path relative to the page, an anchor made from a heading by GitHub's
// slug rule (lower case, punctuation dropped, spaces to '-', repeats numbered -1, -2...).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Lexer, marked, type Token, type Tokens } from 'marked';

export interface BrokenLink {
  page: string;
  line: number;
  target: string;
  reason: string;
}

function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => ('tokens' in token && token.tokens ? plainText(token.tokens) : token.type === 'codespan' || token.type === 'text' || token.type === 'escape' ? (token as Tokens.Text).text : ''))
    .join('');
}

export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors GitHub gives the headings of a markdown text. */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const token of Lexer.lex(markdown)) {
    if (token.type !== 'heading') continue;
    const slug = githubSlug(plainText((token as Tokens.Heading).tokens));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

interface Link {
  href: string;
  line: number;
}

/** Every link of a markdown text (code blocks and spans are not links), with its line. */
export function markdownLinks(markdown: string): Link[] {
  const links: Link[] = [];
  const tokens = Lexer.lex(markdown);
  let offset = 0;
  for (const block of tokens) {
    const line = markdown.slice(0, offset).split('\n').length;
    offset += block.raw.length;
    marked.walkTokens([block], (token) => {
      if (token.type === 'link' || token.type === 'image') links.push({ href: (token as Tokens.Link).href, line: line + (block.raw.slice(0, block.raw.indexOf(token.raw)).split('\n').length - 1) });
    });
  }
  return links;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The links of `page` (a path under `root`) that do not resolve. */
export function brokenLinks(root: string, page: string, markdown = readFileSync(join(root, page), 'utf8')): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const { href, line } of markdownLinks(markdown)) {
    if (EXTERNAL.test(href)) continue;
    const [pathPart = '', anchor] = href.split('#', 2);
    const target = pathPart === '' ? join(root, page) : join(root, dirname(page), decodeURIComponent(pathPart));
    if (relative(root, target).startsWith('..') && !existsSync(target)) {
      broken.push({ page, line, target: href, reason: 'points outside the repository to nothing' });
      continue;
    }
    if (!existsSync(target)) {
      broken.push({ page, line, target: href, reason: `no such file: ${relative(root, target)}` });
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (statSync(target).isDirectory() || !target.endsWith('.md')) {
      if (!/^L\d+(?:-L\d+)?$/.test(anchor)) broken.push({ page, line, target: href, reason: 'an anchor into a file that is not markdown (only #L<line> works there)' });
      continue;
    }
    const text = target === join(root, page) ? markdown : readFileSync(target, 'utf8');
    if (!headingAnchors(text).has(anchor)) broken.push({ page, line, target: href, reason: `no heading in ${relative(root, target)} has the anchor #${anchor}` });
  }
  return broken;
}
