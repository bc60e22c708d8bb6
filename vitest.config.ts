import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { ContractSequencer } from './helpers/spec/contract-sequencer.ts';

// Two projects: fast pure unit tests beside their modules, and the contract gate (one spec
// file over every contract) that hits a target. Reports land in reports/ (git-ignored):
// JUnit for CI, and the contract report (JSON, markdown, HTML) built from task.meta.
// REPORTS_DIR lets the bench and CI shards write elsewhere without touching reports/.
const reportsDir = process.env.REPORTS_DIR ?? 'reports';

export default defineConfig({
  test: {
    reporters: ['default', ['junit', { outputFile: join(reportsDir, 'junit.xml') }], ['./helpers/report/contract-reporter.ts', { outDir: reportsDir }]],
    // --shard keeps the one contract spec in every shard; the spec splits its contracts.
    sequence: { sequencer: ContractSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['helpers/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'contracts',
          include: ['specs/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['./helpers/spec/provide-shard.ts'],
          // One file, ~1,000 describes: collection and sending take longer than a unit file.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
