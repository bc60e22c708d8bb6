// ../shared (the doc pages, the corpus, the service models and the docs history this project is
// tested against) lives beside the checkout, not in it. Tests that read it resolve it here, so a
// checkout without it says once, in one line, what is missing and where, and those tests skip
// with that same line instead of failing on a raw ENOENT from deep inside a test.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export interface SharedData {
  /** Absolute path of `../shared/<parts>`. */
  path: string;
  /** The one line saying what is missing and where; undefined when the folder or file is there. */
  missing: string | undefined;
}

/** A thrown form of the same line, for a test module that needs the data at collection. */
export class SharedDataMissingError extends Error {
  readonly code = 'SHARED_DATA_MISSING';
}

/** `../shared/<parts>` and, when absent, the line naming it. `root` is for the helper's own test. */
export function sharedData(parts: string[], root = SHARED_DIR): SharedData {
  const path = join(root, ...parts);
  return { path, missing: existsSync(path) ? undefined : missingLine(root, parts) };
}

/** The path, or a SharedDataMissingError with the one line. */
export function requireSharedData(parts: string[], root = SHARED_DIR): string {
  const data = sharedData(parts, root);
  if (data.missing) throw new SharedDataMissingError(data.missing);
  return data.path;
}

/** A describe or test name that carries the line when the data is missing (vitest shows skipped names). */
export function nameNeeding(name: string, ...data: SharedData[]): string {
  const missing = data.find((d) => d.missing)?.missing;
  return missing ? `${name} (skipped: ${missing})` : name;
}

function missingLine(root: string, parts: string[]): string {
  const shown = ['../shared', ...parts].join('/');
  const where = existsSync(root) ? join(root, ...parts) : root;
  return `${shown} is missing (no ${where}): these tests read the shared input data (doc pages, corpus, service models, docs history), which must sit beside the checkout as ../shared`;
}
