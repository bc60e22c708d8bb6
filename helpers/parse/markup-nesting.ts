import type { ProblemLog } from '../foundation/diagnostics.ts';

// marked reads nested block containers (`> > >`, `+ + +`, `1. 1. 1.`) recursively, one level
// per marker at the start of a line, and runs out of stack a few thousand levels down: one
// such line took the whole build down with a RangeError. Doc pages nest a few levels at most,
// so a line nesting deeper than this is refused with its line, before marked sees it.

export const MAX_MARKUP_NESTING = 32;

/**
 * `text` with every over-deep line made plain (its markers escaped, so marked reads it as a
 * paragraph) and a fatal MARKUP_TOO_DEEP for each such line. Line count and numbers unchanged.
 */
export function boundMarkupNesting(text: string, firstLine: number, log: ProblemLog): string {
  const lines = text.split('\n');
  let changed = false;
  let fence: string | undefined;
  lines.forEach((line, index) => {
    // Code fences hold examples, not markup: marked never nests inside them.
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    if (fence !== undefined || marker) return;
    const depth = containerDepth(line);
    if (depth <= MAX_MARKUP_NESTING) return;
    log.fatal('MARKUP_TOO_DEEP', `a line opens ${depth} nested blockquotes or list items: expected at most ${MAX_MARKUP_NESTING}`, { line: firstLine + index });
    lines[index] = `\\${line.trimStart()}`;
    changed = true;
  });
  return changed ? lines.join('\n') : text;
}

/** How many container markers (`>`, `-`/`*`/`+` or `1.`/`1)` followed by a space) open the line. */
export function containerDepth(line: string): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const char = line[i];
    if (char === '>') {
      i++;
    } else if ((char === '-' || char === '*' || char === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      i++;
    } else if (char !== undefined && char >= '0' && char <= '9') {
      let end = i;
      while (end - i < 9 && (line[end] ?? '') >= '0' && (line[end] ?? '') <= '9') end++;
      if ((line[end] !== '.' && line[end] !== ')') || (line[end + 1] !== ' ' && line[end + 1] !== '\t')) return depth;
      i = end + 1;
    } else {
      return depth;
    }
    depth++;
  }
}
