// One entry per contract and documented path: the unit the spec describes and sends.
import type { Contract } from '../foundation/contract-types.ts';
import type { NamedContract } from './load-contracts.ts';
import type { PathIdentity, RelaxedProperty } from './path-outcome.ts';

export interface PlannedPath {
  identity: PathIdentity;
  contract: Contract;
}

export function planPaths(contracts: readonly NamedContract[]): PlannedPath[] {
  return contracts.flatMap(({ name, contract }) => {
    const relaxed = relaxedProperties(contract);
    return contract.operation.paths.map((pathTemplate) => ({
      contract,
      identity: {
        contract: name, resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate, dialect: contract.source.dialect,
        ...(relaxed.length > 0 ? { relaxed } : {}),
      },
    }));
  });
}

/** The contract's relaxed constraints, for the report to list beside its rows. */
function relaxedProperties(contract: Contract): RelaxedProperty[] {
  return contract.properties.flatMap((property) => (property.relaxed ?? []).map((relaxed) => ({ property: property.name, ...relaxed })));
}
