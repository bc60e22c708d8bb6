// `graph-contracts sweep`: deletes what earlier tenant runs left behind, found by
// GRAPH_MARKER_PREFIX. Same .env, same write guard as a run.
import { loadEnv } from '../config/load-env.ts';
import { resolveRunConfig } from '../config/run-config.ts';
import { createRunContext } from '../config/run-context.ts';
import { countOf } from '../foundation/count-noun.ts';
import { SecretRedactor } from '../foundation/redact-secrets.ts';
import { formatUnreadable, loadContracts } from '../gate/load-contracts.ts';
import { sweepLeftovers } from '../targets/tenant/sweep-leftovers.ts';
import { openTenantSession } from '../targets/tenant/tenant-session.ts';
import type { CliCommand } from './cli-command.ts';
import { parseCommandArgs } from './page-arguments.ts';

export const sweepCommand: CliCommand = {
  name: 'sweep',
  usage: 'graph-contracts sweep',
  help: `Lists each sweepable collection of the contracts in CONTRACTS_DIR on the tenant of .env and
deletes the members whose marker field starts with GRAPH_MARKER_PREFIX (leftovers of runs
killed before their own cleanup). Needs the same .env and write guard as a tenant run.

Exit codes: 0 nothing left, 1 something could not be deleted, 2 configuration or usage error.`,
  async run(args, { out, err }) {
    parseCommandArgs(args, {});
    const env = loadEnv();
    // Until the configuration is resolved, the secrets it would register are taken from the environment.
    let redactor = new SecretRedactor([env.AZURE_CLIENT_SECRET, env.GRAPH_ACCESS_TOKEN]);
    try {
      const context = createRunContext(resolveRunConfig({ ...env, GRAPH_TARGET: 'tenant' }));
      redactor = context.redactor;
      const loaded = loadContracts(context.config.contractsDir);
      for (const entry of loaded.unreadable) err.write(`skipped ${formatUnreadable(entry)}\n`);
      const session = await openTenantSession(context);
      const result = await sweepLeftovers(session, loaded.contracts.map((named) => named.contract));
      out.write(redactor.redact(`Swept ${countOf(result.scanned.length, 'collection')} for "${session.config.markerPrefix}": deleted ${result.deleted}.\n`));
      for (const left of result.leftovers) out.write(redactor.redact(`  left: ${left.path}/${left.id}: ${left.reason}\n`));
      return result.leftovers.length > 0 ? 1 : 0;
    } catch (error) {
      err.write(`${redactor.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
      return 2;
    }
  },
};
