// The three SARIF logs (build problems, lint findings, contract changes) as GitHub code scanning
// reads them: the checks of the SARIF multitool's GitHub rules (`--rule-kind Gh`) that need no
// multitool. Run by hand, the multitool itself found 0 results on the corpus logs
// (docs/model-check.md#sarif-for-code-scanning); it is 104 MB, so it is not a dependency.
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../foundation/contract-types.ts';
import { diffContractSets } from '../diff/diff-sets.ts';
import { LINT_RULES } from '../model/lint-rules.ts';
import { DIFF_RULES } from '../diff/diff-rules.ts';
import { sarifLog } from '../report/sarif-log.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { BUILD_PROBLEM_RULES } from './build-problem-rules.ts';
import { renderDiff } from './diff-output.ts';
import { lintSarif } from './lint-output.ts';
import { docsUrlOf, TOOL } from './sarif-tool.ts';

interface Rule { id: string; shortDescription?: { text?: string }; fullDescription?: { text?: string }; help?: { text?: string; markdown?: string }; helpUri?: string }
interface Result { ruleId: string; message: { text?: string }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }> }

/** What GitHub's rules would say of a log: each problem as `where: what`. */
function githubProblems(log: JsonObject): string[] {
  const run = (log.runs as unknown as Array<{ tool: { driver: { rules: Rule[] } }; results: Result[] }>)[0]!;
  const problems: string[] = [];
  for (const rule of run.tool.driver.rules) {
    if (!rule.shortDescription?.text) problems.push(`${rule.id}: no shortDescription`);
    if (!rule.fullDescription?.text) problems.push(`${rule.id}: no fullDescription (GH2012)`);
    if (!rule.help?.text) problems.push(`${rule.id}: no help text (GH2012)`);
    if (!rule.help?.markdown?.includes(rule.id)) problems.push(`${rule.id}: help markdown does not name the code`);
    if (rule.helpUri !== undefined && !/^https:\/\/[^\s]+#[a-z0-9-]+$/.test(rule.helpUri)) problems.push(`${rule.id}: helpUri ${rule.helpUri} is not an absolute link to an anchor`);
  }
  for (const [index, result] of run.results.entries()) {
    const location = result.locations?.[0]?.physicalLocation;
    if (!result.message.text) problems.push(`results[${index}]: no message text (GH1007)`);
    if (!location?.artifactLocation?.uri || /^[a-z]+:|^\//i.test(location.artifactLocation.uri)) problems.push(`results[${index}]: no relative artifact uri (GH1005)`);
    if (!(Number(location?.region?.startLine) >= 1)) problems.push(`results[${index}] (${result.ruleId}): no region (GH1003, SARIF2017)`);
  }
  return problems;
}

const TOOL_WITH_DOCS = { ...TOOL, docsUrl: 'https://github.com/owner/graph-contracts/blob/HEAD/docs/' };

describe('SARIF logs as GitHub code scanning reads them', () => {
  test('build problems: every rule explains itself and links to docs/errors.md', () => {
    const log = sarifLog(TOOL_WITH_DOCS, BUILD_PROBLEM_RULES, [{ ruleId: 'BROKEN_POST_PATH', level: 'error', message: 'not a path', file: 'beta/api/x-create.md', line: 32 }]);
    expect(githubProblems(log)).toEqual([]);
    const rule = (log.runs as unknown as Array<{ tool: { driver: { rules: Rule[] } } }>)[0]!.tool.driver.rules.find((r) => r.id === 'BROKEN_POST_PATH')!;
    expect(rule.helpUri).toBe('https://github.com/owner/graph-contracts/blob/HEAD/docs/errors.md#page-problems');
    expect(rule.help!.markdown).toContain('[`BROKEN_POST_PATH` in docs/errors.md#page-problems](https://github.com/owner/graph-contracts/blob/HEAD/docs/errors.md#page-problems)');
    expect(rule.fullDescription!.text).toMatch(/Fatal: the page is not built/);
  });

  test('lint findings: all 14 rules, each with its severity explained and docs/model-check.md named', () => {
    const log = lintSarif({ findings: [{ code: 'PROPERTY_NOT_IN_MODEL', severity: 'error', message: 'x is not declared', file: 'beta/api/x-create.md', line: 40, resource: 'x', property: 'y', models: ['beta'] }], matrix: [], notLinted: [], contracts: 1, models: [] });
    expect(githubProblems(log)).toEqual([]);
    const rules = (log.runs as unknown as Array<{ tool: { driver: { rules: Rule[] } } }>)[0]!.tool.driver.rules;
    expect(rules).toHaveLength(LINT_RULES.length);
    for (const rule of rules) expect(rule.help!.text).toContain('docs/model-check.md#lint-rules');
  });

  test('contract changes: every rule with its why; permission changes are on the permissions table line', () => {
    const before = contractFixture();
    const after = contractFixture({ permissions: { delegatedWork: [], delegatedPersonal: [], application: ['DeviceManagementApps.ReadWrite.All', 'DeviceManagementConfiguration.ReadWrite.All'] } });
    const lines = { paths: [20, 21], properties: [40, 41, 42, 43, 44, 45, 46, 47], exampleRequest: 60, exampleResponse: 90, permissions: 12 };
    for (const contract of [before, after]) contract.source.lines = lines;
    const diff = diffContractSets([{ name: 'beta/x', contract: before }], [{ name: 'beta/x', contract: after }]);
    const log = JSON.parse(renderDiff(diff, 'sarif')) as JsonObject;
    expect(githubProblems(log)).toEqual([]);
    const run = (log.runs as unknown as Array<{ tool: { driver: { rules: Rule[] } }; results: Result[] }>)[0]!;
    expect(run.tool.driver.rules).toHaveLength(DIFF_RULES.length);
    const permissions = run.results.filter((result) => result.ruleId.startsWith('permission-'));
    expect(permissions.map((result) => [result.ruleId, result.locations![0]!.physicalLocation!.region!.startLine])).toEqual([['permission-removed', 12], ['permission-added', 12]]);
  });

  test('a contract built before the permissions line was kept: the change is found, and the check names what is missing', () => {
    const diff = diffContractSets([{ name: 'beta/x', contract: contractFixture() }], [{ name: 'beta/x', contract: contractFixture({ permissions: { delegatedWork: [], delegatedPersonal: [], application: [] } }) }]);
    expect(githubProblems(JSON.parse(renderDiff(diff, 'sarif')) as JsonObject)).toEqual(['results[0] (permission-removed): no region (GH1003, SARIF2017)', 'results[1] (permission-removed): no region (GH1003, SARIF2017)']);
  });
});

describe('docsUrlOf: where the docs of the repository package.json names are', () => {
  test.each([
    ['github:owner/graph-contracts', 'https://github.com/owner/graph-contracts/blob/HEAD/docs/'],
    ['owner/graph-contracts', 'https://github.com/owner/graph-contracts/blob/HEAD/docs/'],
    [{ type: 'git', url: 'git+https://github.com/owner/graph-contracts.git' }, 'https://github.com/owner/graph-contracts/blob/HEAD/docs/'],
    [{ type: 'git', url: 'https://github.com/owner/tools.git', directory: 'packages/graph-contracts' }, 'https://github.com/owner/tools/blob/HEAD/packages/graph-contracts/docs/'],
    ['git@github.com:owner/graph-contracts.git', 'https://github.com/owner/graph-contracts/blob/HEAD/docs/'],
    ['https://gitlab.com/owner/graph-contracts', undefined],
    [undefined, undefined],
  ])('%j', (repository, url) => {
    expect(docsUrlOf(repository)).toBe(url);
  });
});
