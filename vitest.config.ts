import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { contractProjects } from './helpers/gate/contract-projects.ts';

// Projects: `unit` (pure tests beside their modules) and the contract gate, declared
// CONTRACT_SHARDS times (default 1) so it can be split across cores or CI machines while
// staying one spec file (see helpers/gate/contract-projects.ts).
// Reports go to REPORTS_DIR (default reports/, git-ignored): JUnit for CI (our own writer, in
// vitest's layout: the built-in one costs ~0.15 ms a test, see helpers/report/junit-reporter.ts),
// and the contract report (JSON, markdown, HTML) the contract reporter builds from task.meta.
const reportsDir = process.env.REPORTS_DIR ?? 'reports';

export default defineConfig({
  test: {
    reporters: ['default', ['./helpers/report/junit-reporter.ts', { outputFile: join(reportsDir, 'junit.xml') }], ['./helpers/report/contract-reporter.ts', { outDir: reportsDir }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['helpers/**/*.test.ts'],
          environment: 'node',
        },
      },
      ...contractProjects(Number(process.env.CONTRACT_SHARDS ?? 1)),
    ],
  },
});
