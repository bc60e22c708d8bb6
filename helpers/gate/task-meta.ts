// What the spec attaches to vitest's tasks and the reporters read back. The augmentation of
// vitest's TaskMeta lives here, apart from the outcome types, so code outside vitest (the compiled
// CLI, which reaches path-outcome.ts through its report modules) never needs vitest to compile.
import type { ContractCheckMeta, ContractRunMeta } from './path-outcome.ts';

declare module 'vitest' {
  interface TaskMeta {
    contractCheck?: ContractCheckMeta;
    contractRun?: ContractRunMeta;
  }
}
