import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCommand } from './build-command.ts';
import { lintCommand } from './lint-command.ts';

// The shipped example must keep calling the CLI as it is: a renamed option would break every
// docs repository that copied it.
const workflow = parse(readFileSync(new URL('../../docs/examples/docs-pull-request-lint.yml', import.meta.url), 'utf8')) as {
  jobs: { lint: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } };
};
const steps = workflow.jobs.lint.steps;
const runs = steps.map((step) => step.run ?? '').join('\n');

describe('docs/examples/docs-pull-request-lint.yml', () => {
  it('builds with --sarif, lints as SARIF, and uploads both', () => {
    expect(runs).toMatch(/graph-contracts\.js build .*--sarif build\.sarif/);
    expect(runs).toMatch(/graph-contracts\.js lint contracts[\s\S]*--format sarif --out lint\.sarif/);
    expect(steps.filter((step) => step.uses?.startsWith('github/codeql-action/upload-sarif')).map((step) => step.with?.sarif_file)).toEqual(['build.sarif', 'lint.sarif']);
  });

  it.each([
    ['build', buildCommand.usage],
    ['lint', lintCommand.usage],
  ])('uses only options "%s" has', (name, usage) => {
    const line = runs.split('\n').filter((text) => text.includes(`graph-contracts.js ${name}`)).join(' ') + (name === 'lint' ? runs.slice(runs.indexOf('graph-contracts.js lint')) : '');
    for (const option of line.match(/--[a-z-]+/g) ?? []) expect(usage).toContain(option);
  });
});
