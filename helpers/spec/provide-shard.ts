// globalSetup of the contracts project: hands the run's --shard to the spec, which cannot
// read the CLI itself (it runs in a worker).
import type { TestProject } from 'vitest/node';
import type { Shard } from './select-contracts.ts';

declare module 'vitest' {
  interface ProvidedContext {
    contractShard: Shard | null;
  }
}

export default function provideShard(project: TestProject): void {
  const shard = project.globalConfig.shard;
  project.provide('contractShard', shard ? { index: shard.index, count: shard.count } : null);
}
