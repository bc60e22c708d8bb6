// The contracts the fault self-tests run over: the built seeds in contracts/ plus the
// hand-written fixture (which sends a number and a writable date, which not every seed does).
import { existsSync } from 'node:fs';
import { loadContracts, type NamedContract } from '../gate/load-contracts.ts';
import { contractFixture } from './contract-fixture.ts';

export function loadSeedContracts(dir = 'contracts'): NamedContract[] {
  const built = existsSync(dir) ? loadContracts(dir) : [];
  return [...built, { name: 'fixture', contract: contractFixture() }];
}
