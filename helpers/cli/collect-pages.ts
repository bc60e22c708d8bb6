import { CodedError } from '../foundation/coded-error.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageRelativePath } from './page-root.ts';

export interface PageFile {
  path: string;
  /**
   * Relative to the argument it was found under (a file argument: its own name), `/`-separated,
   * or to the folder above its API version folder when the argument is below that (page-root.ts).
   */
  relativePath: string;
}

export class PageInputError extends CodedError {
  readonly code = 'PAGE_INPUT_NOT_FOUND';
}

const PAGE_FILE = /\.(md|txt)$/i;

/** Every `.md`/`.txt` page under the arguments, sorted, so builds are deterministic. */
export function collectPages(inputs: string[], match?: RegExp): PageFile[] {
  const pages: PageFile[] = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new PageInputError(`${input}: no such file or directory; expected a doc page (.md, .txt) or a folder of them`);
    }
    if (stats.isDirectory()) {
      for (const path of walk(input)) pages.push({ path, relativePath: pageRelativePath(input, path) });
    } else {
      pages.push({ path: input, relativePath: pageRelativePath(input, input) });
    }
  }
  return pages
    .filter((page) => PAGE_FILE.test(page.path) && (!match || match.test(page.relativePath)))
    .sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
