// A page's relative path, the name its contract, links and folder version are read from, is the
// same whatever folder a build is pointed at. Below the folder that holds the API version folders
// (`api-reference/` for `api-reference/beta/api/x.md`, `corpus/` for `corpus/v1.0/x.md`) the path
// starts there: `build api-reference`, `build api-reference/beta` and `build api-reference/beta/api`
// all name the page `beta/api/x.md`, and `FOLDER_VERSION_MISMATCH` sees `beta/` from any of them.
// A root above that folder keeps its own sub-folders (`text/beta/x.txt` from `corpus/`), as before.
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const VERSION_FOLDER = /^(beta|v1\.0)$/;

/** The folder above the page's API version folder: the page sits in `<v>/` or in `<v>/api/`. */
function versionParent(page: string): string | undefined {
  const folder = dirname(page);
  if (VERSION_FOLDER.test(basename(folder))) return dirname(folder);
  if (basename(folder) === 'api' && VERSION_FOLDER.test(basename(dirname(folder)))) return dirname(dirname(folder));
  return undefined;
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** `page` relative to the root it was found under (the root may be the page itself), `/`-separated. */
export function pageRelativePath(root: string, page: string): string {
  const absoluteRoot = resolve(root);
  const absolutePage = resolve(page);
  const anchor = versionParent(absolutePage);
  const from = anchor && inside(anchor, absoluteRoot) ? anchor : absoluteRoot === absolutePage ? dirname(absolutePage) : absoluteRoot;
  return relative(from, absolutePage).split(sep).join('/');
}
