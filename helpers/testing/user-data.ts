// Where the user's own data lives in a checkout: the defaults of CONTRACTS_DIR, REPORTS_DIR,
// GRAPH_JOURNAL_DIR, GRAPH_ENV_FILE, the expectations baseline and recordings. No test may
// read or write these (user-data-guard.ts enforces it in every unit test).
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const USER_DATA = ['contracts', 'expectations', 'recordings', 'reports', '.graph-contracts', '.env'] as const;

/** The user folder (or file) `path` lies in, if any. */
export function userDataOf(path: unknown): string | undefined {
  const text = path instanceof URL ? (path.protocol === 'file:' ? fileURLToPath(path) : undefined) : typeof path === 'string' ? path : Buffer.isBuffer(path) ? path.toString() : undefined;
  if (text === undefined) return undefined;
  const absolute = resolve(text);
  return USER_DATA.find((name) => absolute === `${PROJECT_ROOT}${sep}${name}` || absolute.startsWith(`${PROJECT_ROOT}${sep}${name}${sep}`));
}
