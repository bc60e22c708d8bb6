// The page arguments build and check share: files or folders, and an optional --match.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-command.ts';

export const PAGE_OPTIONS = {
  match: { type: 'string' },
  verbose: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs with usage errors as CliUsageError, so every command reports them alike. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

export function matchPattern(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text);
  } catch (error) {
    throw new CliUsageError(`--match "${text}" is not a regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function requireInputs(inputs: string[], command: string): string[] {
  if (inputs.length === 0) throw new CliUsageError(`"${command}" expects at least one file or folder`);
  return inputs;
}

/** A docs repository commit (`--docs-commit`): a git object id, abbreviated or whole, lower-case hex. */
export function docsCommitArgument(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/^[0-9a-f]{7,64}$/.test(text)) return text;
  throw new CliUsageError(`--docs-commit "${text}" is not a commit id: expected 7 to 64 lower-case hex digits, e.g. the output of "git -C <docs> rev-parse HEAD"`);
}

/** `--docs-base-url`, ending in `/` so a page path can follow it; `{commit}` is kept for each page's commit. */
export function docsBaseUrlArgument(text: string | undefined): string | undefined {
  return text ? text.replace(/\/?$/, '/') : undefined;
}
