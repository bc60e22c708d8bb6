import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { loadEnv } from './helpers/config/load-env.ts';
import { resolveRunConfig } from './helpers/config/run-config.ts';
import { contractProjects } from './helpers/gate/contract-projects.ts';

// The run's configuration is resolved here, once, from the environment and .env (a mistake
// stops the run before any test with one error naming every variable), and handed to the
// reporter and, through `provide`, to the spec workers.
// Projects: `unit` (pure tests beside their modules) and the contract gate, declared
// CONTRACT_SHARDS times (default 1) so it can be split across cores or CI machines while
// staying one spec file (see helpers/gate/contract-projects.ts).
// vitest runs at most (cores - 1) files at once: on a 2-core machine the shards would run one
// after the other, so with CONTRACT_SHARDS > 1 the cores are all given to them.
// The console: vitest's default reporter, but a failed contract spec lists each failing path by
// contract and path (helpers/report/contract-console-reporter.ts), not bare check names.
// One reporter writes every report file of the run as one set, atomically, to REPORTS_DIR:
// JUnit for CI and the contract report (JSON, markdown, HTML) built from task.meta.
const config = resolveRunConfig(loadEnv());

export default defineConfig({
  test: {
    ...(config.contractShards > 1 ? { maxWorkers: Math.min(config.contractShards, availableParallelism()) } : {}),
    reporters: ['./helpers/report/contract-console-reporter.ts', ['./helpers/report/contract-reporter.ts', { runConfig: config, junit: true }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['helpers/**/*.test.ts'],
          environment: 'node',
        },
      },
      ...contractProjects(config),
    ],
  },
});
