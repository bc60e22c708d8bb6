import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syncCommand } from './sync-command.ts';

// The workflow must keep calling the CLI as it is, and keep its promises: weekly and by hand,
// only the Intune create pages, one pull request whose body is the changelog.
const workflow = parse(readFileSync(new URL('../../.github/workflows/docs-sync.yml', import.meta.url), 'utf8')) as {
  on: { schedule: Array<{ cron: string }>; workflow_dispatch: unknown };
  jobs: { sync: { steps: Array<{ id?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> }> } };
};
const steps = workflow.jobs.sync.steps;
const runs = steps.map((step) => step.run ?? '').join('\n');

describe('.github/workflows/docs-sync.yml', () => {
  it('runs weekly and by hand', () => {
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('sparse-clones only the Intune create pages of both versions', () => {
    expect(runs).toContain('--sparse https://github.com/microsoftgraph/microsoft-graph-docs-contrib');
    expect(runs).toContain("'/api-reference/beta/api/intune-*-create*.md' '/api-reference/v1.0/api/intune-*-create*.md'");
  });

  it('calls sync with options it has, and opens one pull request with the changelog, labelled when breaking', () => {
    const line = runs.slice(runs.indexOf('graph-contracts.js sync'));
    for (const option of line.match(/--[a-z-]+/g) ?? []) expect(syncCommand.usage).toContain(option);
    const pr = steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(pr.if).toBe("steps.sync.outputs.changed == 'true'");
    expect(pr.with!['body-path']).toContain('changelog.md');
    expect(pr.with!.labels).toContain("steps.sync.outputs.breaking == 'true' && 'breaking-change'");
    expect(pr.with!.branch).toBe('docs-sync/contracts');
  });

  it('uploads the full changelog sync writes and links the run that holds it; links carry the docs commit', () => {
    const full = /--changelog-full "\$RUNNER_TEMP\/([^"]+)"/.exec(runs)?.[1];
    expect(full).toBe('changelog-full.md');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!.path).toBe(`\${{ runner.temp }}/${full}`);
    expect(upload.if).toBe('always()');
    expect(runs).toContain('--changelog-full-url "${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}"');
    expect(runs).toContain('--docs-commit "$DOCS_COMMIT"');
    expect(runs).toContain('--docs-base-url "https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/{commit}/api-reference/"');
  });
});
