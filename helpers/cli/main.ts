// The one CLI entry: `graph-contracts <command>`. Commands are rows of COMMANDS.
import { buildCommand } from './build-command.ts';
import { checkCommand } from './check-command.ts';
import { diffCommand } from './diff-command.ts';
import { expectationsCommand } from './expectations-command.ts';
import { CliUsageError, type CliCommand, type CliIo } from './cli-command.ts';
import { PageInputError } from './collect-pages.ts';
import { lintCommand } from './lint-command.ts';
import { sweepCommand } from './sweep-command.ts';
import { syncCommand } from './sync-command.ts';
import { packageVersion } from './package-version.ts';

export const COMMANDS: readonly CliCommand[] = [buildCommand, checkCommand, diffCommand, syncCommand, lintCommand, sweepCommand, expectationsCommand];

function overview(): string {
  return `graph-contracts: Microsoft Graph doc pages -> JSON Schema contracts, and the tools around them

Usage:
${COMMANDS.map((command) => `  ${command.usage}`).join('\n')}

Run "graph-contracts <command> --help" for a command's options, "graph-contracts --version" for the version.
The same help, for every command: docs/cli.md.
Exit codes: 0 success, 1 a failure or finding, 2 usage error.
`;
}

export async function main(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name === undefined ? io.err : io.out).write(name === undefined ? `graph-contracts: expected a command: ${COMMANDS.map((c) => c.name).join(', ')}\n\n${overview()}` : overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out.write(`graph-contracts ${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err.write(`graph-contracts: unknown command "${name}": expected one of ${COMMANDS.map((c) => c.name).join(', ')}\n\n${overview()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out.write(`${command.usage}\n\n${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof PageInputError) {
      io.err.write(`graph-contracts ${command.name}: ${error.message}\n\n${command.usage}\n\n${command.help}\n`);
      return 2;
    }
    throw error;
  }
}
