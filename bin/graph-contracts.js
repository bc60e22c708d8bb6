#!/usr/bin/env node
// tsx runs the TypeScript sources directly, so the CLI never goes stale against a build output.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../helpers/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
