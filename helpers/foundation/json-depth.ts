// How deep a JSON document may nest before the pipeline refuses it. Every reader after the
// parser (schemas from examples, the serialiser, ajv, the mock's echo) walks values
// recursively, and V8's stack gives out somewhere past a few thousand levels: an example
// nested 10,000 deep took the whole build down. Real Graph bodies nest a handful of levels;
// 64 is also System.Text.Json's default maximum depth. Checked on the text, before parsing,
// so the check itself cannot recurse, and the offset gives the failure its line.

export const MAX_JSON_DEPTH = 64;

/**
 * The offset of the first `{` or `[` (outside strings) that opens level `limit + 1`, or
 * undefined when the text never nests deeper than `limit`. Linear; tolerant of invalid JSON
 * (the parser reports that).
 */
export function jsonDepthExceededAt(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > limit) return i;
    } else if (code === 0x7d || code === 0x5d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** 1-based line of `offset` in `text`, counting from `firstLine`. */
export function lineAtOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * `value` cut at `limit` levels: deeper objects and arrays become a string saying so. Iterative,
 * for values a service sent back (a failure's `received`), which every later writer
 * (structured clone to the reporter, JSON.stringify of the report) walks recursively.
 */
export function truncateJsonDepth<T>(value: T, limit = MAX_JSON_DEPTH): T | string {
  if (value === null || typeof value !== 'object') return value;
  const cut = `[nested deeper than ${limit} levels]`;
  const root: unknown[] = [];
  const stack: Array<{ from: Record<string, unknown>; into: Record<string, unknown>; depth: number }> = [];
  const copy = (source: unknown, depth: number): unknown => {
    if (source === null || typeof source !== 'object') return source;
    if (depth > limit) return cut;
    const into = (Array.isArray(source) ? [] : {}) as Record<string, unknown>;
    stack.push({ from: source as Record<string, unknown>, into, depth });
    return into;
  };
  root.push(copy(value, 1));
  while (stack.length > 0) {
    const { from, into, depth } = stack.pop()!;
    for (const key of Object.keys(from)) {
      Object.defineProperty(into, key, { value: copy(from[key], depth + 1), enumerable: true, writable: true, configurable: true });
    }
  }
  return root[0] as T;
}
