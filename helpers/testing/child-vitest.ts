// The contract gate in a child vitest, as a user's `npm run spec` runs it, for end-to-end tests.
// The child inherits the parent's environment less what would confuse or steer it: the parent
// is itself a vitest worker (VITEST_*, TINYPOOL_*), and the gate's own settings come only from
// what the test passes, never from the shell that started `npm test`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');
export const VITEST_BIN = join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs');

const NOT_INHERITED = /^(VITEST|TINYPOOL)|^(NODE_ENV|REPORTS_DIR|CONTRACT|CONTRACTS_DIR|CONTRACT_SHARDS|SPEC_CONCURRENCY|GITHUB_STEP_SUMMARY)$/;

export function childEnvironment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.test(name)));
  return { ...inherited, NO_COLOR: '1', ...env };
}

export interface GateRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `vitest run --project contracts` in the project, synchronously, with `env` on top of the inherited environment. */
export function runGateSync(env: Record<string, string | undefined>): GateRun {
  const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts'], { cwd: PROJECT_ROOT, env: childEnvironment(env), encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
