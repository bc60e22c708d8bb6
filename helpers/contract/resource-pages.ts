import { posix } from 'node:path';
import { parseResourcePage, type ResourcePage } from '../parse/resource-page.ts';

// The resource pages create pages link to, read once each: hundreds of create pages link to a
// few hundred resource pages (every `-post-` page of a type to that type's page). Reading is the
// caller's (the CLI reads files); this stage only resolves links and parses what it is given.

/**
 * The text of `file` (a path relative to the build root, `pageFile`'s root), with a key naming
 * it uniquely (its path on disk); undefined when there is no such page.
 */
export type ReadResourcePage = (pageFile: string, file: string) => { key: string; text: string } | undefined;

export interface ResourcePages {
  /** The page `link` (as written on `pageFile`) names, parsed; undefined when it does not resolve. */
  linkedFrom(pageFile: string, link: string): ResourcePage | undefined;
}

export function resourcePages(read: ReadResourcePage): ResourcePages {
  const parsed = new Map<string, ResourcePage>();
  return {
    linkedFrom(pageFile, link) {
      const file = resolveLink(pageFile, link);
      const found = read(pageFile, file);
      if (!found) return undefined;
      if (!parsed.has(found.key)) parsed.set(found.key, parseResourcePage(file, found.text));
      return parsed.get(found.key);
    },
  };
}

/** No resource pages at all: every link is unresolved (a single page built on its own, tests). */
export const NO_RESOURCE_PAGES: ResourcePages = { linkedFrom: () => undefined };

/** `beta/api/x.md` + `../resources/y.md` -> `beta/resources/y.md`, `/`-separated. */
export function resolveLink(pageFile: string, link: string): string {
  return posix.normalize(posix.join(posix.dirname(pageFile), decodeLink(link)));
}

function decodeLink(link: string): string {
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}
