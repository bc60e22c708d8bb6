// The contract gate in a child vitest, for end-to-end tests (the environment it inherits:
// cli/child-gate.ts, which `sync` shares). A test names the contracts it runs: the child never
// falls back to the user's contracts/ (CONTRACTS_DIR's default).
import { spawnSync } from 'node:child_process';
import { childEnvironment, PROJECT_ROOT, VITEST_BIN } from '../cli/child-gate.ts';

export { PROJECT_ROOT, VITEST_BIN, childEnvironment } from '../cli/child-gate.ts';

export interface GateRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A child run's environment: its own contracts folder is required, never the default. */
export type TestGateEnv = Record<string, string | undefined> & { CONTRACTS_DIR: string };

/** `vitest run --project 'contracts*'` (every shard's project) in the project, synchronously, with `env` on top of the inherited environment. */
export function runGateSync(env: TestGateEnv): GateRun {
  const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts*'], { cwd: PROJECT_ROOT, env: testChildEnvironment(env), encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** childEnvironment, refusing a child that would read the user's contracts/. */
export function testChildEnvironment(env: TestGateEnv): NodeJS.ProcessEnv {
  if (!env.CONTRACTS_DIR?.trim()) throw new Error('a test started a child run without CONTRACTS_DIR: it would run over the user\'s contracts/; pass the test\'s own folder (e.g. SEED_CONTRACTS_DIR)');
  return childEnvironment(env);
}
