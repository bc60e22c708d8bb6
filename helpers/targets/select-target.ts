// The only place that knows which targets exist. Each is imported lazily: a mock run never
// loads the tenant code (or needs its configuration), and a tenant run never loads nock,
// which patches Node's HTTP stack as soon as it is imported. A tenant run with GRAPH_RECORD
// gets the recorder around its target; `replay` answers from recordings through nock.
import type { RunContext } from '../config/run-context.ts';
import type { Contract } from '../foundation/contract-types.ts';
import type { Target } from './target-types.ts';

export async function selectTarget(context: RunContext, contracts: readonly Contract[]): Promise<Target> {
  if (context.config.target === 'tenant') {
    const { createTenantTarget } = await import('./tenant/create-tenant-target.ts');
    const target = await createTenantTarget(context);
    // A read-only run sends nothing: there is nothing to record, and its skips say nothing of the service.
    if (!context.config.tenant?.recordDir || !context.config.tenant.allowWrites) return target;
    const { recorderFor } = await import('./record/recorder-settings.ts');
    return recorderFor(target, context);
  }
  if (context.config.target === 'replay' && context.config.replay) {
    const { createReplayTarget } = await import('./replay/create-replay-target.ts');
    const { readBodyOverridesFile } = await import('./tenant/tenant-files.ts');
    const { dir, strict, bodyOverridesFile } = context.config.replay;
    return createReplayTarget(contracts, { dir, strict, overrides: await readBodyOverridesFile(bodyOverridesFile), schemas: context.schemas });
  }
  const { createMockTarget } = await import('./mock/create-mock-target.ts');
  return createMockTarget(contracts, { schemas: context.schemas, readPolling: { clock: context.clock, deadlineMs: context.config.read.deadlineMs } });
}
