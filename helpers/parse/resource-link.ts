import type { Block } from './page-blocks.ts';
import type { ResourceLink } from './page-model.ts';

// Hand-written pages rarely list the properties a create takes: "In the request body, supply a
// JSON representation of [application](../resources/application.md) object." The link names the
// page that does. Links elsewhere (`/graph/...`, `https://...`) and to other API pages are no
// resource pages; the one whose text or file names the created type wins, else the first link
// into a `resources/` folder.

const MARKDOWN_LINK = /\[([^[\]]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g;
/** `[list][]` and `[the list][list]`: reference-style links, resolved through the page's definitions. */
const REFERENCE_LINK = /\[([^[\]]+)\]\[([^[\]]*)\]/g;
const RELATIVE_PAGE = /^(?![a-z][a-z0-9+.-]*:|\/|#)[^?#]*\.md(?:[?#].*)?$/i;

/** `definitions`: the page's reference-link targets (`[list]: ../resources/list.md`), by label. */
export function findResourceLink(blocks: readonly Block[], resource: string | undefined, definitions: ReadonlyMap<string, string> = new Map()): ResourceLink | undefined {
  const links = blocks.flatMap((block) => (block.kind === 'text' ? linksOf(block.text, block.line, definitions) : []));
  const wanted = resource?.toLowerCase();
  const named = wanted === undefined ? undefined : links.find((link) => linkNames(link, wanted));
  const found = named ?? links.find((link) => /(?:^|\/)resources\//i.test(link.target));
  return found && { target: found.target, line: found.line };
}

interface FoundLink extends ResourceLink {
  text: string;
}

function linksOf(text: string, firstLine: number, definitions: ReadonlyMap<string, string>): FoundLink[] {
  const found: Array<FoundLink & { at: number }> = [];
  const add = (label: string, target: string | undefined, at = 0) => {
    if (target === undefined || !RELATIVE_PAGE.test(target)) return;
    const line = firstLine + countNewlines(text.slice(0, at));
    found.push({ text: label.replace(/[*_`]/g, '').trim(), target: target.replace(/[?#].*$/, ''), line, at });
  };
  for (const match of text.matchAll(MARKDOWN_LINK)) add(match[1] ?? '', match[2], match.index);
  for (const match of text.matchAll(REFERENCE_LINK)) {
    const label = match[1] ?? '';
    add(label, definitions.get((match[2] || label).trim().toLowerCase()), match.index);
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...link }) => link);
}

function linkNames(link: FoundLink, resource: string): boolean {
  const file = link.target.split('/').pop()?.replace(/\.md$/i, '').toLowerCase();
  return link.text.toLowerCase() === resource || file === resource;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
