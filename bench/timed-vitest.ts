// Runs vitest in a fresh process as a user would and measures wall time and peak RSS.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inheritedEnvironment } from '../helpers/config/process-environment.ts';
import { sampleTreeRss, type RssPeaks } from './process-tree-rss.ts';

export interface TimedRun {
  wallMs: number;
  peakRss: RssPeaks | undefined;
  exitCode: number | null;
  output: string;
}

const VITEST = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');

export function timedVitest(args: string[], env: Record<string, string>, cwd = join(import.meta.dirname, '..')): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [VITEST, 'run', ...args], { cwd, env: inheritedEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeRss(child.pid ?? 0);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      resolve({ wallMs: performance.now() - started, peakRss: sampler.stop(), exitCode, output });
    });
  });
}
