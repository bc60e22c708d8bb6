// Text from pages and services inside markdown stays text: in a code span, whose content
// markdown never interprets (so `<script>`, `*`, `[x](y)` print as written). The fence is one
// backtick longer than the longest run inside, padded when the text starts or ends with one
// (CommonMark 6.1); line breaks are joined so a span cannot end a list item or a table row.
import { visibleText } from '../foundation/where.ts';

export function markdownCode(text: string): string {
  const flat = visibleText(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// Every ASCII character CommonMark or GitHub may read as markup or HTML, backslash-escaped
// (any ASCII punctuation may be, CommonMark 2.4), so service text reads exactly as sent.
const MARKUP = /[\\`*_[\]<>#|~&]/g;

/** Text from a page or a service as literal markdown text, on one line. */
export function markdownText(text: string): string {
  return visibleText(text).replace(MARKUP, (char) => `\\${char}`);
}
