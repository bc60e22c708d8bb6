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
  /** The command's own help, printed by `graph-contracts <name> --help` and on usage errors. */
  help: string;
  /** 0 success, 1 a finding or failure, 2 a usage error. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in the command line: printed with the command's help, exit 2. */
export class CliUsageError extends CodedError {
  readonly code = 'CLI_USAGE';
}
