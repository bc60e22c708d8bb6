// The contracts the fault self-tests run over: the built seeds in contracts/ plus the
// hand-written fixture (which sends a number and a writable date, which not every seed does).
import { existsSync } from 'node:fs';
import { formatUnreadable, loadContracts, type NamedContract } from '../gate/load-contracts.ts';
import { contractFixture } from './contract-fixture.ts';

export function loadSeedContracts(dir = 'contracts'): NamedContract[] {
  if (!existsSync(dir)) return [{ name: 'fixture', contract: contractFixture() }];
  const { contracts, unreadable } = loadContracts(dir);
  if (unreadable.length > 0) throw new Error(`seed contracts unreadable:\n${unreadable.map(formatUnreadable).join('\n')}`);
  return [...contracts, { name: 'fixture', contract: contractFixture() }];
}
