// `npm run spec:corpus [-- vitest args]`: builds every corpus page into a temporary folder
// and runs the contract gate over it against the mock. Extra arguments go to vitest, e.g.
// `npm run spec:corpus -- --shard=1/3 --reporter=blob` (with CONTRACT_SHARDS=3).
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentVariable, inheritedEnvironment } from '../helpers/config/process-environment.ts';
import { buildCorpusContracts } from './corpus-contracts.ts';

const out = environmentVariable('CONTRACTS_DIR') ?? join(tmpdir(), 'graph-contracts-corpus');
const { written, failed } = buildCorpusContracts(out);
console.log(`spec:corpus: ${written} contracts built into ${out} (${failed} pages failed to build)`);
const vitest = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'contracts*', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: inheritedEnvironment({ CONTRACTS_DIR: out }),
});
process.exitCode = result.status ?? 1;
