// Which contracts this run covers: the CONTRACT filter, then this project's share
// (the gate's one spec file is declared once per share, see contract-projects.ts).
import { createHash } from 'node:crypto';
import type { NamedContract } from './load-contracts.ts';

export interface Shard {
  index: number;
  count: number;
}

export function selectContracts(all: readonly NamedContract[], filter: string, shard: Shard | undefined): NamedContract[] {
  const needle = filter.trim().toLowerCase();
  const matching = needle
    ? all.filter(({ name, contract }) => name.toLowerCase().includes(needle) || contract.resource.toLowerCase().includes(needle))
    : [...all];
  if (!shard || shard.count <= 1) return matching;
  // Hash, not position, so adding one contract does not reshuffle every shard. Keyed by
  // version and resource, so versions of one page (md, text, legacy) share a shard, and with
  // it their identical schemas, which each process compiles once.
  return matching.filter(({ contract }) => bucket(`${contract.apiVersion}/${contract.resource}`, shard.count) === shard.index - 1);
}

function bucket(name: string, count: number): number {
  return createHash('sha1').update(name).digest().readUInt32BE(0) % count;
}
