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
  return markdownLinks(markdown).flatMap(({ href, line }) => {
    if (EXTERNAL.test(href)) return [];
    const reason = unresolved(root, join(root, dirname(page)), href, { file: join(root, page), text: markdown });
    return reason ? [{ page, line, target: href, reason }] : [];
  });
}

// How plain-text files (.env.example, workflow comments) point into the docs: a path from the
// repository root (`docs/tenant-runs.md#write-guard`), or the older `README "Section"`, which
// went stale unnoticed when a section moved to docs/.
const TEXT_REFERENCE = /\b((?:README|docs\/[\w./-]+)\.md(?:#[\w-]+)?)|\bREADME,? "([^"]+)"/g;

/** The references of a plain-text `file` (a path under `root`) that do not resolve. */
export function brokenTextReferences(root: string, file: string, text = readFileSync(join(root, file), 'utf8')): BrokenLink[] {
  return text.split('\n').flatMap((content, index) =>
    [...content.matchAll(TEXT_REFERENCE)].flatMap((match) => {
      const href = match[1] ?? `README.md#${githubSlug(match[2]!)}`;
      const reason = unresolved(root, root, href);
      return reason ? [{ page: file, line: index + 1, target: match[0], reason }] : [];
    }),
  );
}

/** Why `href`, relative to `base`, does not resolve, or undefined when it does. `self`: the page it is in. */
function unresolved(root: string, base: string, href: string, self?: { file: string; text: string }): string | undefined {
  const [pathPart = '', anchor] = href.split('#', 2);
  const target = pathPart === '' && self ? self.file : join(base, decodeURIComponent(pathPart));
  if (relative(root, target).startsWith('..') && !existsSync(target)) return 'points outside the repository to nothing';
  if (!existsSync(target)) return `no such file: ${relative(root, target)}`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(target).isDirectory() || !target.endsWith('.md')) {
    return /^L\d+(?:-L\d+)?$/.test(anchor) ? undefined : 'an anchor into a file that is not markdown (only #L<line> works there)';
  }
  const text = target === self?.file ? self.text : readFileSync(target, 'utf8');
  return headingAnchors(text).has(anchor) ? undefined : `no heading in ${relative(root, target)} has the anchor #${anchor}`;
}
