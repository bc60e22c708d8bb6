// The file side of resource pages: a create page's link (`../resources/application.md`) is read
// relative to the page on disk, whichever argument the page was found under. Texts are read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadResourcePage } from '../contract/resource-pages.ts';
import type { PageFile } from './collect-pages.ts';

export function readResourcePages(pages: readonly PageFile[]): ReadResourcePage {
  const roots = new Map(pages.map((page) => [page.relativePath, rootOf(page)]));
  const texts = new Map<string, string | undefined>();
  return (pageFile, file) => {
    const root = roots.get(pageFile);
    if (root === undefined) return undefined;
    const path = join(root, ...file.split('/'));
    if (!texts.has(path)) texts.set(path, readText(path));
    const text = texts.get(path);
    return text === undefined ? undefined : { key: path, text };
  };
}

/** The folder a page's relative path starts from: its path less that many trailing segments. */
function rootOf(page: PageFile): string {
  const depth = page.relativePath.split('/').length;
  return join(page.path, ...Array<string>(depth).fill('..'));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
