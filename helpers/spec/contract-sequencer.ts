// vitest shards by test file, but the contract gate is ONE file (one file per contract
// costs ~260 ms each). So under --shard=i/n this sequencer keeps the contract spec in
// every shard, and the spec takes its i/n share of the contracts (select-contracts.ts).
// Other files (unit tests) are sharded by vitest as usual.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const CONTRACTS_PROJECT = 'contracts';

export class ContractSequencer extends BaseSequencer {
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const contractSpecs = files.filter((f) => f.project.name === CONTRACTS_PROJECT);
    const others = files.filter((f) => f.project.name !== CONTRACTS_PROJECT);
    return [...contractSpecs, ...(others.length > 0 ? await super.shard(others) : [])];
  }
}
