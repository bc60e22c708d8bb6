// Reads one file of a recordings folder, as untrusted input: a recording arrives in a pull
// request like any other file. Before anything is parsed the file must really be inside the
// folder (a symlink out of it is refused), be a regular file (a FIFO would block the read)
// and be of a bounded size; then it must be JSON, nest no deeper than any Graph answer, and
// have the shape it claims. A problem is one coded line naming the file; the caller sets the
// file aside and goes on with the others.
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { constants } from 'node:fs';
import type { JsonValue } from '../../foundation/contract-types.ts';
import { jsonDepthExceededAt, lineAtOffset, MAX_JSON_DEPTH } from '../../foundation/json-depth.ts';
import type { RecordingProblem } from './recording-types.ts';

/** Far above a real recording (a few KB per contract); reading stops here. */
export const MAX_RECORDING_BYTES = 16 * 1024 * 1024;

export const RECORDING_PROBLEM_CODES = ['RECORDING_OUTSIDE_FOLDER', 'RECORDING_TOO_LARGE', 'RECORDING_NOT_JSON', 'RECORDING_INVALID', 'RECORDING_MARKUP', 'RECORDING_UNKNOWN_PATH', 'RECORDING_MANIFEST_INVALID', 'RECORDINGS_DIR_MISSING'] as const;
export type RecordingProblemCode = (typeof RECORDING_PROBLEM_CODES)[number];

export type FileRead = { kind: 'missing' } | { kind: 'problem'; problem: RecordingProblem } | { kind: 'json'; file: string; json: JsonValue };

/** `relativePath` inside `root`, parsed, or why it cannot be used. */
export function readRecordingJson(root: string, relativePath: string): FileRead {
  const file = join(root, relativePath);
  const problem = (code: RecordingProblemCode, message: string): FileRead => ({ kind: 'problem', problem: { file, code, message: `${file}: ${message} [${code}]` } });
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { kind: 'missing' };
  }
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    return problem('RECORDING_OUTSIDE_FOLDER', `a link that leads nowhere (${(error as NodeJS.ErrnoException).code ?? String(error)}); remove it`);
  }
  const realRoot = safeRealpath(root);
  if (!isInside(realRoot, real)) return problem('RECORDING_OUTSIDE_FOLDER', `${stats.isSymbolicLink() ? 'a symbolic link' : 'a path'} that leads out of the recordings folder (to ${real}); recordings are read only from inside ${resolve(root)}`);
  // O_NONBLOCK: opening a FIFO that nobody writes to would otherwise wait for ever.
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return problem('RECORDING_INVALID', `cannot be opened (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let text: string;
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return problem('RECORDING_INVALID', 'not a regular file');
    if (opened.size > MAX_RECORDING_BYTES) return problem('RECORDING_TOO_LARGE', `${(opened.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_RECORDING_BYTES / 1024 / 1024} MB a recording may be; not read`);
    const buffer = Buffer.alloc(opened.size);
    let read = 0;
    while (read < opened.size) {
      const n = readSync(fd, buffer, read, opened.size - read, read);
      if (n === 0) break;
      read += n;
    }
    text = buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
  const deep = jsonDepthExceededAt(text);
  if (deep !== undefined) return problem('RECORDING_INVALID', `line ${lineAtOffset(text, deep)}: nests deeper than ${MAX_JSON_DEPTH} levels, deeper than any Graph answer`);
  try {
    return { kind: 'json', file, json: JSON.parse(text) as JsonValue };
  } catch (error) {
    return problem('RECORDING_NOT_JSON', `not JSON (${(error as Error).message.split('\n')[0]}); record it again or restore it from git`);
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}
