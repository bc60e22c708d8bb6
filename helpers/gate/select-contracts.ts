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
  return matching.filter(({ name }) => inShard(name, shard));
}

/**
 * Whether the contract file `name` (relative, without `.json`) is in `shard`: decided from the
 * name alone, so a shard reads only its own files (loadContracts' `include`).
 * Hash, not position, so adding one contract does not reshuffle every shard. The dialect
 * folder (`text/`, `legacy/`) is left out of the key, so the markdown and plain-text versions
 * of one page share a shard, and with it their identical schemas, which each process
 * compiles once.
 */
export function inShard(name: string, shard: Shard): boolean {
  if (shard.count <= 1) return true;
  const key = name.replace(/^(?:text|legacy)\//, '');
  return createHash('sha1').update(key).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
