// The one CLI entry: `graph-contracts <command>`. Commands are rows of COMMAND_MODULES, each
// loaded only when it runs.
import { CliInputError, CliUsageError, type CliCommand, type CliIo } from './cli-command.ts';
import { COMMAND_MODULES } from './command-modules.ts';
import { packageVersion } from './package-version.ts';

const allCommands = async (): Promise<readonly CliCommand[]> => (await import('./commands.ts')).COMMANDS;
const NAMES = Object.keys(COMMAND_MODULES);

async function overview(): Promise<string> {
  const commands = await allCommands();
  return `graph-contracts: Microsoft Graph doc pages -> JSON Schema contracts, and the tools around them

Usage:
${commands.map((command) => `  ${command.usage}`).join('\n')}

Run "graph-contracts <command> --help" for a command's options, "graph-contracts --version" for the version.
The same help, for every command: docs/cli.md.
Exit codes: 0 success, 1 a failure or finding, 2 usage error.
`;
}

export async function main(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name === undefined ? io.err : io.out).write(name === undefined ? `graph-contracts: expected a command: ${NAMES.join(', ')}\n\n${await overview()}` : await overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out.write(`graph-contracts ${packageVersion()}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
  if (!load) {
    io.err.write(`graph-contracts: unknown command "${name}": expected one of ${NAMES.join(', ')}\n\n${await overview()}`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    io.out.write(`${command.usage}\n\n${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // One line that names the mistake; the usage only where the command line's shape is wrong.
    // The whole help would bury the line that matters (docs/cli.md and --help have it).
    if (error instanceof CliInputError) {
      io.err.write(`graph-contracts ${command.name}: ${error.message} [${error.code}]\n`);
      return 2;
    }
    if (error instanceof CliUsageError) {
      io.err.write(`graph-contracts ${command.name}: ${error.message}\nusage: ${command.usage}\n("graph-contracts ${command.name} --help" explains every option)\n`);
      return 2;
    }
    throw error;
  }
}
