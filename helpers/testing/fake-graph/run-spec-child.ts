// Runs the real contract spec in a child vitest process, as CI would, with an environment
// pointing at a fake Graph server; returns everything it printed and wrote, for the proof
// that the run passes, reports its retries, and never shows a secret.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testChildEnvironment, VITEST_BIN } from '../child-vitest.ts';
import { SEED_CONTRACTS_DIR } from '../seed-contracts.ts';

export interface ChildRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  reportsDir: string;
  /** File name -> content of everything written to the reports folder. */
  reports: Record<string, string>;
}

/** `env.CONTRACTS_DIR` defaults to the seed fixtures, never the user's contracts/. */
export async function runSpecInChild(env: Record<string, string | undefined>, cwd = process.cwd()): Promise<ChildRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'graph-contracts-tenant-'));
  // The configured reporters, as a user's run has them: every report file, JUnit included,
  // lands in the child's REPORTS_DIR, and each is searched for secrets.
  const args = [VITEST_BIN, 'run', '--project', 'contracts'];
  const child = spawn(process.execPath, args, { cwd, env: testChildEnvironment({ ...env, CONTRACTS_DIR: env.CONTRACTS_DIR ?? SEED_CONTRACTS_DIR, REPORTS_DIR: reportsDir, CONTRACT_SHARDS: '1', CI: 'true', GITHUB_STEP_SUMMARY: '' }) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // Async on purpose: the fake server answering the child lives in this process's event loop.
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const reports = Object.fromEntries(readdirSync(reportsDir).map((name) => [name, readFileSync(join(reportsDir, name), 'utf8')]));
  return { exitCode, stdout, stderr, reportsDir, reports };
}
