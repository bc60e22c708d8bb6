// The user's folders are never test input (or output): contracts/ may hold a docs-sync's
// thousand contracts or a file being edited, reports/ the last run, .env a tenant's secret.
// This setup file (vitest.config.ts, project `unit`) makes the file system refuse, in every unit
// test, any path inside them (user-data.ts), so a test that reaches for them fails at once,
// naming the path, instead of passing or failing by what the user's checkout holds. Tests bring
// their own fixtures (testing/fixtures, temporary folders). Child processes a test starts are
// held to the same by testing/child-vitest.ts, which requires their CONTRACTS_DIR.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { userDataOf } from './user-data.ts';

/** Functions whose first argument is a path; those in TWO_PATHS take a second one. */
const ONE_PATH = ['access', 'appendFile', 'chmod', 'chown', 'createReadStream', 'createWriteStream', 'exists', 'lchown', 'lstat', 'lutimes', 'mkdir', 'open', 'openAsBlob', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath', 'rm', 'rmdir', 'stat', 'statfs', 'truncate', 'unlink', 'utimes', 'watch', 'watchFile', 'writeFile'];
const TWO_PATHS = ['copyFile', 'cp', 'link', 'rename', 'symlink'];
const GUARDED = Symbol.for('graph-contracts.user-data-guard');

export class UserDataTouchedError extends Error {
  readonly code = 'TEST_TOUCHED_USER_DATA';
}

function guard<F extends (...args: never[]) => unknown>(name: string, original: F, paths: number): F {
  return function guarded(this: unknown, ...args: Parameters<F>) {
    for (const path of args.slice(0, paths)) {
      const folder = userDataOf(path);
      if (folder) throw new UserDataTouchedError(`${name}(${String(path)}): a test reached the user's ${folder}; tests bring their own fixtures (helpers/testing/fixtures, a temporary folder) and pass them explicitly`);
    }
    return original.apply(this, args);
  } as F;
}

function install(): void {
  const target = fs as unknown as Record<string | symbol, unknown>;
  if (target[GUARDED]) return;
  const promises = fs.promises as unknown as Record<string, unknown>;
  for (const [names, paths] of [[ONE_PATH, 1], [TWO_PATHS, 2]] as const) {
    for (const name of names) {
      for (const [holder, key] of [[target, name], [target, `${name}Sync`], [promises, name]] as const) {
        const original = holder[key];
        if (typeof original === 'function') holder[key] = guard(key, original as (...args: never[]) => unknown, paths);
      }
    }
  }
  target[GUARDED] = true;
  // `import { readFileSync } from 'node:fs'` binds to the module's exports: update them too.
  syncBuiltinESMExports();
}

install();
