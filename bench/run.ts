// `npm run bench`: the CLI's start-up beside node's, the ratio bench (gate, build, growth, sharding against floors timed in the same run; `-- --write` updates docs/performance.md), then the model parsers; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const scripts = ['start-up-bench.ts', 'ratio-bench.ts', 'model-bench.ts'].map((name) => join(import.meta.dirname, name)).filter(existsSync);
let failed = false;
for (const script of scripts) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
