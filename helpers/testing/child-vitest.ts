// The contract gate in a child vitest, for end-to-end tests (the environment it inherits:
// cli/child-gate.ts, which `sync` shares).
import { spawnSync } from 'node:child_process';
import { childEnvironment, PROJECT_ROOT, VITEST_BIN } from '../cli/child-gate.ts';

export { PROJECT_ROOT, VITEST_BIN, childEnvironment } from '../cli/child-gate.ts';

export interface GateRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `vitest run --project 'contracts*'` (every shard's project) in the project, synchronously, with `env` on top of the inherited environment. */
export function runGateSync(env: Record<string, string | undefined>): GateRun {
  const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'contracts*'], { cwd: PROJECT_ROOT, env: childEnvironment(env), encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
