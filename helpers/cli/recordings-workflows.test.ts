import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recordingsCommand } from './recordings-command.ts';

// The workflows keep their promises about recorded answers: the tenant run records and opens one
// "service behaviour changed" pull request when an answer changed; the gate replays the
// recordings, with the tenant baseline, whenever the repository holds them.
interface Step { name?: string; id?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> }
const read = (file: string) => parse(readFileSync(new URL(`../../.github/workflows/${file}`, import.meta.url), 'utf8')) as { permissions: Record<string, string>; env?: Record<string, string>; jobs: Record<string, { env?: Record<string, string>; steps: Step[] }> };

describe('.github/workflows/tenant-run.yml', () => {
  const workflow = read('tenant-run.yml');
  const { env, steps } = workflow.jobs.tenant!;
  const runs = steps.map((step) => step.run ?? '').join('\n');

  it('records into recordings/, keeping the committed copy to compare with', () => {
    expect(env!.GRAPH_RECORD).toBe('recordings');
    const keep = steps.findIndex((step) => step.run?.includes('recordings-before'));
    const run = steps.findIndex((step) => step.name === 'Contract run');
    expect(keep).toBeGreaterThanOrEqual(0);
    expect(keep).toBeLessThan(run);
  });

  it('compares with options the command has, and opens one pull request when an answer changed, labelled when breaking', () => {
    const line = runs.slice(runs.indexOf('graph-contracts recordings'));
    for (const option of line.split('\n')[0]!.match(/--[a-z-]+/g) ?? []) expect(recordingsCommand.usage).toContain(option);
    const pr = steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(pr.if).toBe("always() && steps.recordings.outputs.changed == 'true'");
    expect(pr.with!['add-paths']).toBe('recordings');
    expect(pr.with!.title).toContain('Service behaviour changed');
    expect(pr.with!['body-path']).toContain('recordings-changes.md');
    expect(pr.with!.labels).toContain("steps.recordings.outputs.breaking == 'true' && 'breaking-change'");
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });
});

describe('.github/workflows/contract-gate.yml', () => {
  const workflow = read('contract-gate.yml');

  it('replays the recordings with the tenant baseline when the repository holds them, in every shard and in the merge', () => {
    const gate = workflow.jobs.gate!.steps.map((step) => step.run ?? '').join('\n');
    expect(gate).toMatch(/if \[ -d recordings \]; then\n\s+echo "GRAPH_TARGET=replay" >> "\$GITHUB_ENV"\n\s+echo "GRAPH_EXPECTATIONS=expectations\/tenant.json" >> "\$GITHUB_ENV"/);
    const merge = workflow.jobs.report!.steps.map((step) => step.run ?? '').join('\n');
    expect(merge).toContain('if [ -d recordings ]; then echo "GRAPH_EXPECTATIONS=expectations/tenant.json" >> "$GITHUB_ENV"; fi');
    expect(workflow.env!.GRAPH_TARGET).toBe('mock');
  });
});
