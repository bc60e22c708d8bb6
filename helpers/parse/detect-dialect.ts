import type { Dialect } from '../foundation/contract-types.ts';

// Dialect is read from the content, not the file name: the seeds are markdown saved as `.txt`.
export function detectDialect(text: string): Dialect {
  if (/^---\n[\s\S]*?\n---\n/.test(text)) return 'md-front-matter';
  if (/^#{1,6} |^```|^\|.*\|/m.test(text)) return 'md-legacy';
  return 'text';
}
