// Every graph-contracts command has the same shape, so main.ts reads a table
// (command-modules.ts) and a new command (lint, expectations...) is one file plus one row.
import { CodedError } from '../foundation/coded-error.ts';
import type { Writable } from 'node:stream';

export interface CliIo {
  out: Writable;
  err: Writable;
}

export interface CliCommand {
  name: string;
  /** One line of `graph-contracts --help`. */
  usage: string;
  /** The command's own help, printed by `graph-contracts <name> --help`. */
  help: string;
  /** 0 success, 1 a finding or failure, 2 a usage error. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in the command line's shape (an unknown option, a missing argument): one line and the command's usage, exit 2. */
export class CliUsageError extends CodedError {
  readonly code = 'CLI_USAGE';
}

/**
 * A file or folder argument that does not exist, is the wrong kind (pages where contracts
 * belong, a file where a folder does) or selects nothing: one line naming it and what to give
 * instead, with its code, exit 2.
 */
export abstract class CliInputError extends CodedError {}
