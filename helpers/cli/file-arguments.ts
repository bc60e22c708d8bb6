// File options (--out, --sarif, --changelog, --expectations): checked before the work starts,
// so a folder given as a file, or a file to read that is not there, is one line (not EISDIR
// after a minute of linting, nor an option silently ignored). Files written get their parent
// folders, as `--out reports/lint.sarif` on a fresh clone expects.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliInputError } from './cli-command.ts';

export class FileArgumentError extends CliInputError {
  readonly code = 'CLI_USAGE';
}

/** Throws unless `path` (given as `option`, with `what` it should hold) is an existing file. */
export function checkInputFile(path: string | undefined, option: string, what: string): void {
  if (path === undefined) return;
  let file = false;
  try {
    file = statSync(path).isFile();
  } catch {
    throw new FileArgumentError(`${option} ${path}: no such file; expected ${what}`);
  }
  if (!file) throw new FileArgumentError(`${option} ${path} is a folder: expected ${what}`);
}

/** Throws when `path` (given as `option`) is a folder. */
export function checkOutputFile(path: string | undefined, option: string): void {
  if (path === undefined) return;
  let directory = false;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    return;
  }
  if (directory) throw new FileArgumentError(`${option} ${path} is a folder: expected the path of a file to write`);
}

export function writeOutputFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
