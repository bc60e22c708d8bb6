import { describe, expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import type { NamedContract } from './load-contracts.ts';
import { inShard, selectContracts } from './select-contracts.ts';

const named = (name: string, resource = 'thing'): NamedContract => ({ name, contract: contractFixture({ resource }) });
const all = Array.from({ length: 50 }, (_, i) => named(`beta-c${i}`, i === 7 ? 'managedAppRegistration' : `thing${i}`));

describe('selectContracts', () => {
  const cases: Array<[string, { filter: string; want: string[] }]> = [
    ['by file name', { filter: 'beta-c12', want: ['beta-c12'] }],
    ['by resource, case-insensitive', { filter: 'MANAGEDAPPREG', want: ['beta-c7'] }],
    ['nothing matches', { filter: 'nope', want: [] }],
  ];
  test.each(cases)('%s', (_name, { filter, want }) => {
    expect(selectContracts(all, filter, undefined).map((c) => c.name)).toEqual(want);
  });

  test('shards partition the contracts: every one exactly once', () => {
    const shards = [1, 2, 3].map((index) => selectContracts(all, '', { index, count: 3 }).map((c) => c.name));
    expect(shards.flat().sort()).toEqual(all.map((c) => c.name).sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(5);
  });

  test('versions of one page (the same name in another dialect folder) share a shard', () => {
    const twins = [named('beta/x', 'same'), named('text/beta/x', 'same'), named('legacy/beta/x', 'same')];
    const shards = [1, 2, 3].map((index) => selectContracts(twins, '', { index, count: 3 }).length);
    expect(shards.sort()).toEqual([0, 0, 3]);
  });

  test('a shard is decided from the file name alone, as loadContracts reads it', () => {
    for (const index of [1, 2, 3]) {
      const shard = { index, count: 3 };
      expect(selectContracts(all, '', shard).map((c) => c.name)).toEqual(all.map((c) => c.name).filter((name) => inShard(name, shard)));
    }
  });
});
