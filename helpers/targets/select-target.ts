// The only place that knows which targets exist. Both are imported lazily: a mock run never
// loads the tenant code (or needs its configuration), and a tenant run never loads nock,
// which patches Node's HTTP stack as soon as it is imported.
import type { RunContext } from '../config/run-context.ts';
import type { Contract } from '../foundation/contract-types.ts';
import type { Target } from './target-types.ts';

export async function selectTarget(context: RunContext, contracts: readonly Contract[]): Promise<Target> {
  if (context.config.target === 'tenant') {
    const { createTenantTarget } = await import('./tenant/create-tenant-target.ts');
    return createTenantTarget(context);
  }
  const { createMockTarget } = await import('./mock/create-mock-target.ts');
  return createMockTarget(contracts, { schemas: context.schemas, readPolling: { clock: context.clock, deadlineMs: context.config.read.deadlineMs } });
}
