// The seed contracts as the tests' own fixtures: the five seed pages of ../shared/seeds, built,
// committed under fixtures/seeds (seed-contracts.test.ts proves they are what the builder makes
// of those pages today). Tests read these, never the user's contracts/ folder, whose content is
// the user's to change.
import { join } from 'node:path';
import { formatUnreadable, loadContracts, type NamedContract } from '../gate/load-contracts.ts';
import { contractFixture } from './contract-fixture.ts';

export const SEED_CONTRACTS_DIR = join(import.meta.dirname, 'fixtures/seeds');

/** The five seed contracts, by file name (without `.json`). */
export function seedContracts(): NamedContract[] {
  const { contracts, unreadable } = loadContracts(SEED_CONTRACTS_DIR);
  if (unreadable.length > 0) throw new Error(`seed fixtures unreadable:\n${unreadable.map(formatUnreadable).join('\n')}`);
  return contracts;
}

/** The fault self-tests' contracts: the seeds plus the hand-written fixture (which sends a number and a writable date, which not every seed does). */
export function loadSeedContracts(): NamedContract[] {
  return [...seedContracts(), { name: 'fixture', contract: contractFixture() }];
}
