// Where a check failure's documented fact is, as a person follows it: `page:line`, linked to the
// published page's line when the run knows where the pages are published (GRAPH_DOCS_BASE_URL).
// Without a base URL there is no honest link (the contracts do not know where the page folder
// they were built from lives), so the location stays plain text to copy into an editor.
import { formatWhere, visibleText, type Where } from '../foundation/where.ts';

export interface FailureLink {
  /** `beta/api/intune-apps-androidlobapp-create.md:42`, the form editors and terminals open. */
  text: string;
  /** `<base><page file>#L<line>` (GitHub's line anchor); absent without a base URL. */
  href?: string;
  /** The whole location, `page:line > section > field`. */
  title: string;
}

/** In a base URL, where the docs commit a page was read at goes (`.../blob/{commit}/api-reference/`). */
export const COMMIT_PLACEHOLDER = '{commit}';

/**
 * `docsCommit` is the commit the page version was read at, for a base URL that names one: a base
 * with `{commit}` and no known commit gives no link rather than a link to another version.
 */
export function failureLink(where: Where, docsBaseUrl: string | undefined, docsCommit?: string): FailureLink {
  const text = visibleText(where.line ? `${where.file}:${where.line}` : where.file);
  const title = formatWhere(where);
  const base = docsBaseUrl?.includes(COMMIT_PLACEHOLDER) ? (docsCommit ? docsBaseUrl.replaceAll(COMMIT_PLACEHOLDER, encodeURIComponent(docsCommit)) : undefined) : docsBaseUrl;
  if (!base) return { text, title };
  // Each segment of the page's relative path is encoded; the base URL already ends in `/`.
  const path = where.file.split('/').map(encodeURIComponent).join('/');
  return { text, title, href: `${base}${path}${where.line ? `#L${where.line}` : ''}` };
}
