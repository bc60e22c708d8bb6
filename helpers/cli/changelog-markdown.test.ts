// The changelog at scale: a pull-request body stays under 60,000 characters whatever the number
// of changes, breaking first and all of them while they fit, each request/response pair on one
// line; the full changelog holds every change; links go to the page version a change is about.
import { describe, expect, test } from 'vitest';
import type { ContractChange } from '../diff/diff-contracts.ts';
import { diffRule, type DiffRuleId } from '../diff/diff-rules.ts';
import { countChanges, type ContractDiff } from '../diff/diff-sets.ts';
import { changelogMarkdown, PR_BODY_BUDGET, summaryLine } from './changelog-markdown.ts';

const OLD = 'a'.repeat(40);
const NEW = 'b'.repeat(40);
const BASE = 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/{commit}/api-reference/';

function change(rule: DiffRuleId, contract: string, property: string | undefined, line: number, extra: Partial<ContractChange> = {}): ContractChange {
  const old = /-removed$/.test(rule) && rule !== 'response-enum-value-removed' && rule !== 'request-enum-value-removed';
  return {
    rule,
    severity: diffRule(rule).severity,
    contract,
    ...(property ? { property } : {}),
    message: `${property ?? 'POST /things'} ${rule.replace(/^(request|response)-/, '')}`,
    where: { file: `${contract}.md`, line, section: 'Properties' },
    page: old ? 'old' : 'new',
    docsCommit: old ? OLD : NEW,
    ...extra,
  };
}

/** A diff of `contracts` contracts, each with breaking, warning and info changes in the proportions of the 2019 -> 2021 docs, times `scale`. */
function syntheticDiff(contracts: number, perContract: { breaking: number; warning: number; info: number }): ContractDiff {
  const changes: ContractChange[] = [];
  for (let c = 0; c < contracts; c++) {
    const name = `beta/api/intune-area${c % 17}-resource${c}-create`;
    for (let i = 0; i < perContract.breaking; i++) changes.push(change('request-property-removed', name, `gone${i}`, 40 + i), change('response-property-removed', name, `gone${i}`, 40 + i));
    for (let i = 0; i < perContract.warning; i++) {
      changes.push(change('request-enum-value-added', name, `kind${i}`, 60 + i, { after: `member${i}` }), change('response-enum-value-added-before-sentinel', name, `kind${i}`, 60 + i, { after: `member${i}` }));
    }
    for (let i = 0; i < perContract.info; i++) changes.push(change('permission-added', name, undefined, 20, { message: `application permission Things${i}.ReadWrite.All added` }));
  }
  return { changes, counts: countChanges(changes), compared: contracts, changed: contracts, before: contracts, after: contracts };
}

const full = { file: 'changelog-full.md', url: 'https://github.com/o/r/actions/runs/1' };

describe('the pull-request body', () => {
  test.each([
    ['a few changes: everything fits', 5, { breaking: 1, warning: 2, info: 3 }],
    ['the 2019 -> 2021 scale', 360, { breaking: 0, warning: 1, info: 4 }],
    ['ten times that', 3_600, { breaking: 0, warning: 1, info: 4 }],
    ['hundreds of breaking changes', 400, { breaking: 2, warning: 3, info: 10 }],
  ])('%s: at most 60,000 characters, breaking first, each pair on one line, and what is left out is counted', (_name, contracts, per) => {
    const diff = syntheticDiff(contracts, per);
    const body = changelogMarkdown(diff, { docsBaseUrl: BASE, fullChangelog: full });
    expect(body.length).toBeLessThanOrEqual(PR_BODY_BUDGET);
    const headings = [...body.matchAll(/^## (.+?) \(/gm)].map((m) => m[1]);
    expect(headings).toEqual([...(per.breaking ? ['Breaking changes'] : []), 'Warnings', 'Informational changes']);
    // No line holds a request-side change without its response side.
    expect(body).not.toMatch(/^- `request-property-removed`: `/m);
    expect(body).not.toMatch(/^- `request-enum-value-added`: `/m);
    const breakingLines = body.match(/^- `request-property-removed` \+ `response-property-removed`: .*$/gm) ?? [];
    const breakingChanges = contracts * per.breaking;
    const shown = breakingLines.length + (body.includes('more breaking lines') ? Number(/_… ([\d,]+) more breaking lines/.exec(body)![1]!.replace(/,/g, '')) : 0);
    expect(shown).toBe(breakingChanges);
    const cut = /\*\*Left out to keep this under 60,000 characters:\*\* (.*)/.exec(body);
    if (body.length > PR_BODY_BUDGET - 5_000) expect(cut?.[1]).toContain('[the full changelog](https://github.com/o/r/actions/runs/1)');
    if (contracts === 5) expect(cut).toBeNull();
  });

  test('a breaking change that fits is never left out for a warning', () => {
    const body = changelogMarkdown(syntheticDiff(60, { breaking: 2, warning: 3, info: 10 }), { docsBaseUrl: BASE });
    expect(body).not.toContain('more breaking lines');
    expect(body).toContain('more warning lines');
  });

  test('informational changes are counted per rule, their contracts folded when there is room', () => {
    const body = changelogMarkdown(syntheticDiff(3, { breaking: 0, warning: 1, info: 2 }), {});
    expect(body).toContain('<details><summary><code>permission-added</code>: 6 changes in 3 contracts</summary>');
    expect(body).toContain('<details><summary><code>request-enum-value-added</code>: 3 changes in 3 contracts; 3 of them on a line above');
    expect(body).toMatch(/^- `beta\/api\/intune-area0-resource0-create` \(2\)$/m);
    expect(body).not.toMatch(/^- `permission-added`/m);
  });
});

describe('the full changelog', () => {
  test('holds every change, on one line each or beside its other side, with no budget', () => {
    const diff = syntheticDiff(3_600, { breaking: 0, warning: 1, info: 4 });
    const text = changelogMarkdown(diff, { docsBaseUrl: BASE, full: true });
    expect(text.length).toBeGreaterThan(PR_BODY_BUDGET);
    const lines = text.split('\n').filter((line) => line.startsWith('- `'));
    const rulesOnLines = lines.flatMap((line) => (line.split(': ')[0] ?? '').match(/`[a-z-]+`/g) ?? []);
    expect(rulesOnLines.length).toBe(diff.changes.length);
    expect(text).not.toContain('Left out');
  });
});

describe('links', () => {
  const removed = change('request-property-removed', 'beta/api/x', 'gone', 227);
  const added = change('request-property-added', 'beta/api/x', 'fresh', 12);
  const diff: ContractDiff = { changes: [removed, added], counts: countChanges([removed, added]), compared: 1, changed: 1, before: 1, after: 1 };

  test('what was removed links the old page at its commit and line, what was added the new one', () => {
    const text = changelogMarkdown(diff, { docsBaseUrl: BASE, full: true });
    expect(text).toContain(`([old page, line 227](https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/${OLD}/api-reference/beta/api/x.md#L227))`);
    expect(text).toContain(`([page, line 12](https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/${NEW}/api-reference/beta/api/x.md#L12))`);
  });

  test('a base URL without {commit} names only today’s pages: what was removed is given as text', () => {
    const text = changelogMarkdown(diff, { docsBaseUrl: 'https://docs.example/api-reference/', full: true });
    expect(text).toContain('(`beta/api/x.md:227`, old page)');
    expect(text).toContain('([page, line 12](https://docs.example/api-reference/beta/api/x.md#L12))');
  });

  test('a contract that records no commit gets no link under a {commit} base', () => {
    const { docsCommit: _none, ...unknown } = added;
    const text = changelogMarkdown({ ...diff, changes: [unknown], counts: countChanges([unknown]) }, { docsBaseUrl: BASE, full: true });
    expect(text).toContain('(`beta/api/x.md:12`)');
  });
});

describe('a first sync', () => {
  const added = Array.from({ length: 5_000 }, (_, i) => change('contract-added', `${i % 2 ? 'beta' : 'v1.0'}/api/intune-area${i % 40}-resource${i}-create`, undefined, 30));
  const diff: ContractDiff = { changes: added, counts: countChanges(added), compared: 0, changed: 0, before: 0, after: 5_000 };

  test('reads as such and counts the new contracts per area and folder, not one by one', () => {
    expect(summaryLine(diff)).toBe('5,000 new contracts; nothing to compare yet');
    const body = changelogMarkdown(diff, { fullChangelog: full });
    expect(body.length).toBeLessThanOrEqual(PR_BODY_BUDGET);
    expect(body).toContain('**5,000 new contracts; nothing to compare yet**');
    expect(body).toContain('| area | `beta/api` | `v1.0/api` | all |');
    expect(body).toContain('| `intune-area0` | 0 | 125 | 125 |');
    expect(body).toContain('| **all** | 2,500 | 2,500 | **5,000** |');
    expect(body).not.toContain('resource17');
    expect(body).toContain('[the full changelog](https://github.com/o/r/actions/runs/1)');
  });

  test('the full changelog lists each new contract under its area', () => {
    const text = changelogMarkdown(diff, { full: true });
    expect(text).toContain('## `intune-area0` (125)');
    expect(text.split('\n').filter((line) => line.includes('-resource')).length).toBe(5_000);
  });
});

describe('summaryLine', () => {
  test.each([
    ['a diff with contracts added and removed', { changes: 1_689, breaking: 23, warning: 298, info: 1_368, changed: 361, compared: 479, added: 1, removed: 2 }, '1,689 changes (23 breaking, 298 warning, 1,368 info) in 361 of 479 contracts compared; 1 added, 2 removed'],
    ['no change', { changes: 0, breaking: 0, warning: 0, info: 0, changed: 0, compared: 45, added: 0, removed: 0 }, '0 changes (0 breaking, 0 warning, 0 info) in 0 of 45 contracts compared'],
  ])('%s', (_name, n, want) => {
    const byRule: Record<string, number> = { 'contract-added': n.added, 'contract-removed': n.removed };
    const diff = { changes: Array.from({ length: n.changes }), counts: { bySeverity: { breaking: n.breaking, warning: n.warning, info: n.info }, byRule }, compared: n.compared, changed: n.changed, before: n.compared, after: n.compared } as unknown as ContractDiff;
    expect(summaryLine(diff)).toBe(want);
  });
});
