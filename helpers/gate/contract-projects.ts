// The contract gate is ONE spec file (a file costs ~260 ms in vitest, a test almost nothing),
// but vitest shards and parallelises by file. So the config declares the spec N times, as
// N projects that each take a 1/N share of the contracts (select-contracts.ts):
// - locally, N workers use N cores;
// - in CI, `vitest run --shard=i/N` hands each machine one of the N files, and the blob
//   reports merge cleanly because each project's tasks have their own ids.
// Every project is given the run's configuration, resolved once in the main process.
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { RunConfig } from '../config/run-config.ts';
import type { Shard } from './select-contracts.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** This project's share of the contracts, or null for all of them. */
    contractShard: Shard | null;
    /** The configuration vitest.config.ts resolved from the environment and .env. */
    runConfig: RunConfig;
  }
}

/** `contracts` or `contracts-2of3`: the projects contractProjects declares. */
export function isContractProject(name: string): boolean {
  return /^contracts(-\d+of\d+)?$/.test(name);
}

export function contractProjects(config: RunConfig): TestProjectInlineConfiguration[] {
  const n = config.contractShards;
  return Array.from({ length: n }, (_, i) => ({
    test: {
      name: n === 1 ? 'contracts' : `contracts-${i + 1}of${n}`,
      include: ['specs/**/*.spec.ts'],
      environment: 'node',
      provide: { contractShard: n === 1 ? null : { index: i + 1, count: n }, runConfig: config },
      // One file with ~1,000 describes: sending takes longer than a unit file's tests.
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  }));
}
