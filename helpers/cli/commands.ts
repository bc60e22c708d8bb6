// Every command, loaded: for the overview, the reference page (docs/cli.md) and the tests.
import { COMMAND_MODULES } from './command-modules.ts';

export const COMMANDS = await Promise.all(Object.values(COMMAND_MODULES).map((load) => load()));
