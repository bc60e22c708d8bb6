// The model check in the report: merged over shards (findings, requests, retries, errors), and
// rendered in markdown and HTML with page:line, code, severity and message, errors first.
import { describe, expect, it } from 'vitest';
import type { ContractRunMeta } from '../gate/path-outcome.ts';
import type { LintFinding } from '../model/lint-finding.ts';
import type { ModelCheckResult } from '../targets/target-types.ts';
import { buildContractReport } from './contract-report.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

const finding = (severity: LintFinding['severity'], file: string, line: number, code: LintFinding['code'], message: string): LintFinding =>
  ({ severity, file, line, code, message, resource: 'widget', models: ['$metadata beta'] });

const check = (findings: LintFinding[], extra: Partial<ModelCheckResult> = {}): ModelCheckResult =>
  ({ source: 'live', models: [{ label: '$metadata beta', version: 'beta', source: 'http://x/beta/$metadata' }], findings, notLinted: [], requests: 1, retries: [], errors: [], required: false, checkedFiles: ['a.md', 'b.md'], ...extra });

const run = (shard: string, modelCheck?: ModelCheckResult): ContractRunMeta => ({ target: 'tenant', contracts: 1, shard, cleanup: { deleted: 0, leftovers: [] }, ...(modelCheck ? { modelCheck } : {}) });

describe('model check in the report', () => {
  const report = buildContractReport([], [
    run('1/2', check([finding('warning', 'b.md', 7, 'ENUM_MEMBER_NOT_ON_PAGE', 'enum has "x" | "y"')])),
    run('2/2', check([finding('error', 'a.md', 12, 'PROPERTY_NOT_IN_MODEL', '"size" is not on <widget>')], { errors: ['GET http://x/v1.0/$metadata answered 503'], retries: [{ attempt: 1, status: 429, waitedMs: 5, reason: 'throttled' }] })),
  ], [], new Date('2026-01-01T00:00:00Z'));

  it('merges the shards: findings, severities, requests, retries and errors', () => {
    expect(report.modelCheck).toMatchObject({ requests: 2, severities: { warning: 1, error: 1 }, errors: ['GET http://x/v1.0/$metadata answered 503'], sources: ['live'] });
    expect(report.modelCheck?.findings).toHaveLength(2);
    expect(report.modelCheck?.retries).toHaveLength(1);
  });

  it('renders markdown: headline, errors, then one table row per finding, errors first', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('## Model check');
    expect(md).toContain('2 findings (1 error, 1 warning) against $metadata beta (GRAPH\\_METADATA=live; 2 $metadata requests, 1 retried).');
    expect(md).toContain('- 💥 GET http://x/v1.0/$metadata answered 503');
    const rows = md.split('\n').filter((line) => line.startsWith('| `a.md') || line.startsWith('| `b.md'));
    expect(rows).toEqual(['| `a.md:12` | `PROPERTY_NOT_IN_MODEL` | error | "size" is not on \\<widget\\> |', '| `b.md:7` | `ENUM_MEMBER_NOT_ON_PAGE` | warning | enum has "x" \\| "y" |']);
  });

  it('renders HTML with the same rows, escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain('<h2>Model check</h2>');
    expect(html).toContain('<td><code>a.md:12</code></td><td><code>PROPERTY_NOT_IN_MODEL</code></td><td>error</td><td>&quot;size&quot; is not on &lt;widget&gt;</td>');
  });

  it('has no section when no run checked the model (mock runs, GRAPH_METADATA=off)', () => {
    const none = buildContractReport([], [run('1/1')], [], new Date());
    expect(none.modelCheck).toBeUndefined();
    expect(renderMarkdown(none)).not.toContain('Model check');
    expect(renderHtml(none)).not.toContain('Model check');
  });
});
