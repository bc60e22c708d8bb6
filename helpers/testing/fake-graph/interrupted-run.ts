// A run that creates one entity and then waits to be interrupted: the child half of the
// interrupt proof (interrupt-cleanup.test.ts). Its environment points it at a fake Graph.
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import { createTenantTarget } from '../../targets/tenant/create-tenant-target.ts';
import { SAMPLE_CONTRACTS } from './sample-contracts.ts';

const contract = SAMPLE_CONTRACTS[2]!;
const target = await createTenantTarget(createRunContext(resolveRunConfig(process.env)));
const prepared = await target.prepare(contract, contract.operation.paths[0]!);
if (prepared.skip) throw new Error(prepared.reason);
const response = await target.send(prepared.request);
process.send?.({ created: response.status });
// Keep the event loop alive until the signal arrives.
setInterval(() => undefined, 60_000);
