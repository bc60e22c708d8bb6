#!/usr/bin/env node
// The npm bin. It runs the compiled CLI (dist/, built from helpers/ by `npm ci`'s prepare script
// or `npm run build`), which starts without a TypeScript compiler. Compiled output that is
// missing, or older than a source it was built from, is never run: the sources then run through
// tsx as before, and stderr says why and how to get the fast start back.
import { staleSources } from './cli-build.js';

const stale = staleSources();
let main;
if (stale.length === 0) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const why = stale.length > 3 ? `${stale.slice(0, 3).join(', ')} and ${stale.length - 3} more` : stale.join(', ');
  process.stderr.write(`graph-contracts: running the TypeScript sources, not dist/ (${why}); "npm run build" compiles them for a faster start\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../helpers/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
