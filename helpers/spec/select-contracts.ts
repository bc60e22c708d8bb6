// Which contracts this run covers: the CONTRACT filter, then this shard's share.
// vitest's --shard splits by file and the gate is one file, so the spec splits its contracts
// itself with the same i/n (see contract-sequencer.ts).
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
  // Hash, not position, so adding one contract does not reshuffle every shard.
  return matching.filter(({ name }) => bucket(name, shard.count) === shard.index - 1);
}

function bucket(name: string, count: number): number {
  return createHash('sha1').update(name).digest().readUInt32BE(0) % count;
}
