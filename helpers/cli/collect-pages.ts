// The pages build, check and sync read: files and folders (recursively), then --match. An
// argument that cannot give a page (missing, a contract, a folder without pages) and a --match
// that selects none are input errors naming the argument, never an empty build that exits 0.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { countOf } from '../foundation/count-noun.ts';
import { isContractFile, isPageFile } from '../foundation/file-kinds.ts';
import { CliInputError } from './cli-command.ts';

export interface PageFile {
  path: string;
  /** Relative to the argument it was found under (a file argument: its own name), `/`-separated. */
  relativePath: string;
}

export class PageInputError extends CliInputError {
  readonly code = 'PAGE_INPUT_NOT_FOUND';
}

/** Every `.md`/`.txt` page under the arguments that --match selects, sorted, so builds are deterministic. */
export function collectPages(inputs: string[], match?: RegExp): PageFile[] {
  const pages = inputs.flatMap(pagesUnder);
  const selected = match ? pages.filter((page) => match.test(page.relativePath)) : pages;
  if (selected.length === 0 && match) {
    throw new PageInputError(
      // source escapes each "/" (V8): shown as the user wrote it.
      `--match "${match.source.replaceAll('\\/', '/')}" selects none of the ${countOf(pages.length, 'page')} under ${inputs.join(', ')}: it is matched against each page's path relative to the folder given, such as "${example(pages)}"`,
    );
  }
  return selected.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** A page path that shows the shape --match sees: one in a subfolder when there is one. */
function example(pages: PageFile[]): string {
  const sorted = pages.map((page) => page.relativePath).sort();
  return sorted.find((path) => path.includes('/')) ?? sorted[0]!;
}

function pagesUnder(input: string): PageFile[] {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new PageInputError(`${input}: no such file or folder; expected a doc page (.md, .txt) or a folder of them`);
  }
  if (!stats.isDirectory()) {
    if (isPageFile(input)) return [{ path: input, relativePath: basename(input) }];
    throw new PageInputError(isContractFile(input)
      ? `${input} is a contract, not a doc page: give the page (.md, .txt) it was built from; "graph-contracts diff" and "lint" read contracts`
      : `${input} is not a doc page: expected a .md or .txt page, or a folder of them`);
  }
  const files = [...walk(input)];
  const pages = files.filter(isPageFile);
  if (pages.length > 0) return pages.map((path) => ({ path, relativePath: relative(input, path).split(sep).join('/') }));
  const contracts = files.filter(isContractFile).length;
  throw new PageInputError(contracts > 0
    ? `${input} holds ${countOf(contracts, 'contract')} (.json) and no doc page (.md, .txt): give the folder of pages they were built from; "graph-contracts diff" and "lint" read contracts`
    : `${input} holds no doc page (.md, .txt): give a page or a folder of them`);
}

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
