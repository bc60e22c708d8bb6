// `graph-contracts sweep`: deletes what earlier tenant runs left behind: what their journals
// (GRAPH_JOURNAL_DIR) list, then what carries GRAPH_MARKER_PREFIX. Same .env, same write guard
// as a run.
import { loadEnv } from '../config/load-env.ts';
import { resolveRunConfig } from '../config/run-config.ts';
import { createRunContext } from '../config/run-context.ts';
import { SecretRedactor } from '../foundation/redact-secrets.ts';
import { formatUnreadable, loadContracts } from '../gate/load-contracts.ts';
import { sweepLeftovers } from '../targets/tenant/sweep-leftovers.ts';
import { openTenantSession } from '../targets/tenant/tenant-session.ts';
import { noContractsReason } from '../gate/no-contracts-reason.ts';
import { CliUsageError, type CliCommand } from './cli-command.ts';
import { parseCommandArgs } from './page-arguments.ts';
import { renderSweep, sweepExitCode } from './sweep-output.ts';

export const sweepCommand: CliCommand = {
  name: 'sweep',
  usage: 'graph-contracts sweep',
  help: `Deletes what tenant runs killed before their own cleanup left behind, on the tenant of .env:
first exactly the entities the runs' journals in GRAPH_JOURNAL_DIR list (each run writes down
every create as it happens), then the members of each sweepable collection of the contracts in
CONTRACTS_DIR whose marker field starts with GRAPH_MARKER_PREFIX, then, for a create a journal
shows sent but never answered, the members holding every field it sent. Each collection is
listed once and each entity deleted once; a 404 counts as already gone, not as deleted. A
journal is removed once nothing it lists is left. Needs the same .env and write guard as a
tenant run.

Exit codes: 0 nothing left that could be found, 1 something could not be deleted or reached
(each listed with why), 2 configuration or usage error.`,
  async run(args, { out, err }) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new CliUsageError(`"sweep" takes no arguments (got ${positionals.map((p) => `"${p}"`).join(' ')}): it sweeps the tenant of .env, with the contracts of CONTRACTS_DIR`);
    const env = loadEnv();
    // Until the configuration is resolved, the secrets it would register are taken from the environment.
    let redactor = new SecretRedactor([env.AZURE_CLIENT_SECRET, env.GRAPH_ACCESS_TOKEN]);
    try {
      const context = createRunContext(resolveRunConfig({ ...env, GRAPH_TARGET: 'tenant' }));
      redactor = context.redactor;
      const loaded = loadContracts(context.config.contractsDir);
      for (const entry of loaded.unreadable.filter((e) => e.code === 'CONTRACT_FILE_INVALID')) err.write(`skipped ${formatUnreadable(entry)}\n`);
      const session = await openTenantSession(context);
      const result = await sweepLeftovers(session, loaded.contracts.map((named) => named.contract));
      // Without contracts the journals are still swept, but no collection can be searched by
      // marker: what a run without a journal left may still be there, and the exit code says so.
      if (loaded.contracts.length === 0) result.unreachable.push({ what: 'the search by marker', reason: `${noContractsReason(context.config.contractsDir, loaded, '').replace(/\.$/, '')}; only the run journals were swept` });
      out.write(redactor.redact(renderSweep(result, session.tenantId, session.config.markerPrefix)));
      return sweepExitCode(result);
    } catch (error) {
      err.write(`${redactor.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
      return 2;
    }
  },
};
