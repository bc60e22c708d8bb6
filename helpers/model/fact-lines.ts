// The page line of a documented fact, for findings and SARIF regions, from the contract's
// `source.lines`. Contracts built before lines were recorded give findings without a line.
import type { Contract } from '../foundation/contract-types.ts';

/**
 * A property row, a `POST` path line, the property table (its first row: coverage findings),
 * or the example request (its `@odata.type` and the resource name it creates).
 */
export type FactRef = { property: string } | { path: string } | 'table' | 'resource';

export function factLine(contract: Contract, fact: FactRef): number | undefined {
  const lines = contract.source.lines;
  if (!lines) return undefined;
  if (fact === 'table') return lines.properties[0];
  if (fact === 'resource') return lines.exampleRequest;
  if ('property' in fact) return lines.properties[contract.properties.findIndex((property) => property.name === fact.property)];
  return lines.paths[contract.operation.paths.indexOf(fact.path)];
}
