import type { ProblemLog } from '../foundation/diagnostics.ts';

// marked reads nested block containers (`> > >`, `+ + +`, `1. 1. 1.`) recursively, one level
// per marker at the start of a line, and runs out of stack a few thousand levels down: one
// such line took the whole build down with a RangeError. Lists nested by indentation (a
// staircase of `- a` lines, two more spaces each) cost it super-linear time instead (1 MB:
// 33 s). Doc pages nest a few levels at most, so a line opening more levels than this is
// refused with its line before marked sees it. Fences are not tracked (telling a fence from
// content is marked's job, and getting it wrong let a deep line through): an example line
// never starts with a container marker.

export const MAX_MARKUP_NESTING = 32;
/** Columns of indentation a nested list level takes at the least (CommonMark: marker plus one space). */
const COLUMNS_PER_LEVEL = 2;

/**
 * `text` with every over-deep line made plain (escaped, so marked reads it as a paragraph) and
 * a fatal MARKUP_TOO_DEEP for each such line. Line count and numbers unchanged.
 */
export function boundMarkupNesting(text: string, firstLine: number, log: ProblemLog): string {
  const lines = text.split('\n');
  let changed = false;
  lines.forEach((line, index) => {
    const depth = containerDepth(line);
    if (depth <= MAX_MARKUP_NESTING) return;
    log.fatal('MARKUP_TOO_DEEP', `a line opens ${depth} nested blockquote or list levels: expected at most ${MAX_MARKUP_NESTING}`, { line: firstLine + index });
    lines[index] = `\\${line.trimStart()}`;
    changed = true;
  });
  return changed ? lines.join('\n') : text;
}

/**
 * The nesting a line opens: one per container marker (`>`, `-`/`*`/`+` or `1.`/`1)` followed
 * by a space) at its start, plus the list levels its indentation implies when a marker follows it.
 */
export function containerDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  for (; line[i] === ' ' || line[i] === '\t'; i++) indent += line[i] === '\t' ? 4 : 1;
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
      if ((line[end] !== '.' && line[end] !== ')') || (line[end + 1] !== ' ' && line[end + 1] !== '\t')) break;
      i = end + 1;
    } else {
      break;
    }
    depth++;
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / COLUMNS_PER_LEVEL);
}
