// `node --import tsx helpers/targets/tenant/sweep-cli.ts`: deletes what earlier tenant runs
// left behind, found by GRAPH_MARKER_PREFIX. Same .env, same write guard as a run.
import { loadEnv } from '../../config/load-env.ts';
import { resolveRunConfig } from '../../config/run-config.ts';
import { redactSecrets, registerSecretsFromEnv } from '../../redact/redact-secrets.ts';
import { loadContracts } from '../../spec/load-contracts.ts';
import { sweepLeftovers } from './sweep-leftovers.ts';
import { openTenantSession } from './tenant-session.ts';

try {
  const env = loadEnv();
  registerSecretsFromEnv(env);
  const config = resolveRunConfig({ ...env, GRAPH_TARGET: 'tenant' });
  const session = await openTenantSession(config);
  const result = await sweepLeftovers(session, loadContracts(config.contractsDir).map((named) => named.contract));
  console.log(`Swept ${result.scanned.length} collection(s) for "${session.config.markerPrefix}": deleted ${result.deleted}.`);
  for (const left of result.leftovers) console.log(`  left: ${left.path}/${left.id}: ${left.reason}`);
  process.exitCode = result.leftovers.length > 0 ? 1 : 0;
} catch (error) {
  console.error(redactSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  process.exitCode = 2;
}
