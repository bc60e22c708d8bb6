// The only place that knows which targets exist. The tenant target is imported lazily so
// a mock run never loads its code (or needs its configuration).
import type { Contract } from '../contract/contract-types.ts';
import type { RunConfig } from '../config/run-config.ts';
import { createMockTarget } from './mock/create-mock-target.ts';
import type { Target } from './target-types.ts';

export async function selectTarget(config: RunConfig, contracts: readonly Contract[]): Promise<Target> {
  if (config.target === 'tenant') {
    const { createTenantTarget } = await import('./tenant/create-tenant-target.ts');
    return createTenantTarget(config);
  }
  return createMockTarget(contracts);
}
