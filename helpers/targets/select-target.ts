// The only place that knows which targets exist. Both are imported lazily: a mock run never
// loads the tenant code (or needs its configuration), and a tenant run never loads nock,
// which patches Node's HTTP stack as soon as it is imported.
import type { Contract } from '../foundation/contract-types.ts';
import type { RunConfig } from '../config/run-config.ts';
import type { Target } from './target-types.ts';

export async function selectTarget(config: RunConfig, contracts: readonly Contract[]): Promise<Target> {
  if (config.target === 'tenant') {
    const { createTenantTarget } = await import('./tenant/create-tenant-target.ts');
    return createTenantTarget(config);
  }
  const { createMockTarget } = await import('./mock/create-mock-target.ts');
  return createMockTarget(contracts);
}
