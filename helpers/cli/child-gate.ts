// The contract gate in a child vitest, as a user's `npm run spec` runs it: `sync` runs it on the
// new contracts, and tests run it end to end (testing/child-vitest.ts). Its environment comes
// from helpers/config (childGateEnvironment): the parent's, less the run's own settings.
import { join } from 'node:path';
import { childGateEnvironment } from '../config/process-environment.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');
export const VITEST_BIN = join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs');

export const childEnvironment = childGateEnvironment;
