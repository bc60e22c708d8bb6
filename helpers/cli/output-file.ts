// The files a command writes (--out, --sarif, --changelog): checked before the work starts,
// so a folder given as a file is one line (not EISDIR after a minute of linting), and written
// with their parent folders created, as `--out reports/lint.sarif` on a fresh clone expects.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliInputError } from './cli-command.ts';

export class OutputFileError extends CliInputError {
  readonly code = 'CLI_USAGE';
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
  if (directory) throw new OutputFileError(`${option} ${path} is a folder: expected the path of a file to write`);
}

export function writeOutputFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
