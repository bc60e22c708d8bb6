// The contract gate in a child vitest, as a user's `npm run spec` runs it: `sync` runs it on the
// new contracts, and tests run it end to end (testing/child-vitest.ts). The child inherits the
// parent's environment less what would confuse or steer it: the parent may itself be a vitest
// worker (VITEST_*, TINYPOOL_*), and the gate's own settings come only from what the caller
// passes, never from the shell that started it.
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');
export const VITEST_BIN = join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs');

const NOT_INHERITED = /^(VITEST|TINYPOOL)|^(NODE_ENV|REPORTS_DIR|CONTRACT|CONTRACTS_DIR|CONTRACT_SHARDS|SPEC_CONCURRENCY|GITHUB_STEP_SUMMARY|GRAPH_TARGET|GRAPH_EXPECTATIONS|GRAPH_ENV_FILE)$/;

export function childEnvironment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.test(name)));
  return { ...inherited, NO_COLOR: '1', ...env };
}
