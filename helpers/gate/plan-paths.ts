// One entry per contract and documented path: the unit the spec describes and sends.
import type { Contract } from '../foundation/contract-types.ts';
import type { NamedContract } from './load-contracts.ts';
import type { PathIdentity } from './path-outcome.ts';

export interface PlannedPath {
  identity: PathIdentity;
  contract: Contract;
}

export function planPaths(contracts: readonly NamedContract[]): PlannedPath[] {
  return contracts.flatMap(({ name, contract }) =>
    contract.operation.paths.map((pathTemplate) => ({
      contract,
      identity: { contract: name, resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate },
    })),
  );
}
