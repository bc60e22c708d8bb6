// The process environment, read here and nowhere else (tests aside): the environment a child
// process is started with, and single listed variables for the bench scripts. A run's own
// configuration is resolved once from loadEnv() by run-config.ts; these are for the processes
// around it. helpers/config/process-environment.test.ts keeps every other module off process.env.
import { ENV_VARIABLES, type EnvVariableName } from './env-variables.ts';

type ChildEnvironment = Record<string, string | undefined>;

/**
 * The run's own settings (the `run` rows of env-variables.ts) and the test runner's: a child gate
 * takes these only from what its caller passes, never from the shell that started the parent,
 * which may itself be a vitest worker (VITEST_*, TINYPOOL_*, NODE_ENV=test).
 */
const GATE_SETTINGS = new Set<string>(ENV_VARIABLES.filter((variable) => variable.scope === 'run').map((variable) => variable.name));
const TEST_RUNNER = /^(VITEST|TINYPOOL)|^NODE_ENV$/;

/** The environment of a child contract gate: the parent's less the run's settings, `NO_COLOR`, then `overrides`. */
export function childGateEnvironment(overrides: ChildEnvironment): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !GATE_SETTINGS.has(name) && !TEST_RUNNER.test(name)));
  return { ...inherited, NO_COLOR: '1', ...overrides };
}

/** The parent's whole environment with `overrides` on top: a bench or tool process run as a user would run it. */
export function inheritedEnvironment(overrides: ChildEnvironment = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** One listed variable as set (trimmed), or undefined when unset or empty: for scripts around a run. */
export function environmentVariable(name: EnvVariableName): string | undefined {
  return process.env[name]?.trim() || undefined;
}
