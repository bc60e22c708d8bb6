// Each command's module, loaded only when that command runs: `build` need not load the differ,
// sync, lint's model checks or the tenant sweep (116 modules for every command before, 61 for
// `build` now). The order is the order of `graph-contracts --help`.
import type { CliCommand } from './cli-command.ts';

export const COMMAND_MODULES: Readonly<Record<string, () => Promise<CliCommand>>> = {
  build: async () => (await import('./build-command.ts')).buildCommand,
  check: async () => (await import('./check-command.ts')).checkCommand,
  diff: async () => (await import('./diff-command.ts')).diffCommand,
  sync: async () => (await import('./sync-command.ts')).syncCommand,
  lint: async () => (await import('./lint-command.ts')).lintCommand,
  sweep: async () => (await import('./sweep-command.ts')).sweepCommand,
  expectations: async () => (await import('./expectations-command.ts')).expectationsCommand,
  recordings: async () => (await import('./recordings-command.ts')).recordingsCommand,
};
