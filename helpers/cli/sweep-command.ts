// `graph-contracts sweep`: deletes what earlier tenant runs left behind, found by
// GRAPH_MARKER_PREFIX. Same .env, same write guard as a run.
import { loadEnv } from '../config/load-env.ts';
import { resolveRunConfig } from '../config/run-config.ts';
import { redactSecrets, registerSecretsFromEnv } from '../foundation/redact-secrets.ts';
import { loadContracts } from '../gate/load-contracts.ts';
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
    try {
      const env = loadEnv();
      registerSecretsFromEnv(env);
      const config = resolveRunConfig({ ...env, GRAPH_TARGET: 'tenant' });
      const session = await openTenantSession(config);
      const result = await sweepLeftovers(session, loadContracts(config.contractsDir).map((named) => named.contract));
      out.write(`Swept ${result.scanned.length} collection(s) for "${session.config.markerPrefix}": deleted ${result.deleted}.\n`);
      for (const left of result.leftovers) out.write(`  left: ${left.path}/${left.id}: ${left.reason}\n`);
      return result.leftovers.length > 0 ? 1 : 0;
    } catch (error) {
      err.write(`${redactSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
      return 2;
    }
  },
};
