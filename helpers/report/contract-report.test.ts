// The report object and its markdown, built from metas as the reporter receives them.
import { describe, expect, test } from 'vitest';
import type { ContractCheckMeta, ContractRunMeta, PathIdentity } from '../gate/path-outcome.ts';
import { buildContractReport } from './contract-report.ts';
import { renderMarkdown } from './render-markdown.ts';

const id = (contract: string, pathTemplate = '/x'): PathIdentity => ({ contract, resource: 'r', apiVersion: 'beta', pathTemplate });
const pass = (identity: PathIdentity, check: ContractCheckMeta['check']): ContractCheckMeta => ({
  identity, check, outcome: 'passed', result: { check, ok: true, failures: [] }, retries: [], status: 201,
});
const metas: ContractCheckMeta[] = [
  pass(id('b'), 'status'), pass(id('b'), 'json'), pass(id('b'), 'id'),
  { identity: id('b'), check: 'echo', outcome: 'failed', status: 201, retries: [{ attempt: 1, status: 429, waitedMs: 200, reason: 'throttled' }],
    result: { check: 'echo', ok: false, failures: [{ code: 'ECHO_MISMATCH', field: 'status', message: 'status differs', sent: 'a', received: 'b', where: { file: 'beta/api/b.md', line: 12, section: 'Properties', field: 'status' } }] } },
  pass(id('a'), 'status'), pass(id('a'), 'json'), pass(id('a'), 'echo'), pass(id('a'), 'id'),
  { identity: id('c'), check: 'status', outcome: 'skipped', skipReason: 'needs DeviceManagementApps.ReadWrite.All' },
];
const runs: ContractRunMeta[] = [
  { target: 'mock', contracts: 3, shard: '2/2', cleanup: { deleted: 1, leftovers: [{ path: '/x', id: '9', reason: '403' }] } },
  { target: 'mock', contracts: 3, shard: '1/2', cleanup: { deleted: 2, leftovers: [] } },
];
const report = buildContractReport(metas, runs, [], new Date('2026-01-01T00:00:00Z'));

describe('buildContractReport', () => {
  test('one row per contract path, sorted, with the worst outcome as verdict', () => {
    expect(report.rows.map((r) => [r.contract, r.verdict])).toEqual([['a', 'passed'], ['b', 'failed'], ['c', 'skipped']]);
    expect(report.totals).toEqual({ paths: 3, passed: 1, failed: 1, skipped: 1, error: 0 });
    expect(report.checkTotals.echo).toEqual({ passed: 1, failed: 1, skipped: 0, error: 0 });
  });
  test('keeps retries, skip reasons, shards and cleanup leftovers', () => {
    expect(report.rows[1]!.retries).toHaveLength(1);
    expect(report.rows[2]!.skipReason).toContain('DeviceManagementApps');
    expect(report.shards).toEqual(['1/2', '2/2']);
    expect(report.cleanup).toEqual({ deleted: 3, leftovers: [{ path: '/x', id: '9', reason: '403' }], errors: [], retries: [] });
  });
});

describe('ids unique across shards', () => {
  const withId = (identity: PathIdentity, createdId: string, outcome: 'passed' | 'failed' = 'passed'): ContractCheckMeta[] => [
    pass(identity, 'status'),
    { ...pass(identity, 'id'), outcome, createdId, ...(outcome === 'failed' ? { result: { check: 'id', ok: false, failures: [{ code: 'ID_DUPLICATE', message: 'seen in this shard' }] } } : {}) },
  ];

  test('an id that passed in two shards fails the second path, naming the first', () => {
    const merged = buildContractReport([...withId(id('b'), 'same'), ...withId(id('a'), 'same'), ...withId(id('c'), 'own')], runs, [], new Date());
    expect(merged.crossShardDuplicateIds).toEqual(['same']);
    expect(merged.rows.map((row) => [row.contract, row.verdict])).toEqual([['a', 'passed'], ['b', 'failed'], ['c', 'passed']]);
    expect(merged.rows[1]!.checks.id!.failures[0]).toMatchObject({ code: 'ID_DUPLICATE', received: 'same' });
    expect(merged.rows[1]!.checks.id!.failures[0]!.message).toContain('a /x');
    expect(merged.checkTotals.id).toEqual({ passed: 2, failed: 1, skipped: 0, error: 0 });
  });

  test('a duplicate its own process already failed is left as it is', () => {
    const single = buildContractReport([...withId(id('a'), 'same', 'failed'), ...withId(id('b'), 'same')], runs, [], new Date());
    expect(single.crossShardDuplicateIds).toEqual([]);
    expect(single.rows.map((row) => row.checks.id!.failures)).toEqual([[{ code: 'ID_DUPLICATE', message: 'seen in this shard' }], []]);
  });

  test('a run of distinct ids flags nothing', () => {
    expect(report.crossShardDuplicateIds).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);
  test('a column per check and the failure with sent and received', () => {
    expect(md).toContain('| resource | path | HTTP | class | expectation | status | json | echo | id | read | retries |');
    expect(md).toContain('| **r** beta<br><sub>b</sub> | `/x` | 201 | contract-broken `ECHO_MISMATCH` | unexpected |');
    expect(md).toContain('**echo** `ECHO_MISMATCH` at `status`');
    expect(md).toContain('- sent:     "a"');
    expect(md).toContain('+ received: "b"');
    expect(md).toContain('needs DeviceManagementApps.ReadWrite.All');
    expect(md).toContain('`/x` id `9`: 403');
  });
  test('beyond maxRows only rows that did not pass are listed', () => {
    const short = renderMarkdown(report, { maxRows: 2 });
    expect(short).not.toMatch(/^\| .*<sub>a<\/sub> \|/m);
    expect(short).toMatch(/^\| .*<sub>b<\/sub> \|/m);
  });
  test('leads with failures: their section before the paths table, failing rows first in it', () => {
    expect(md.indexOf('## Check failures (1)')).toBeLessThan(md.indexOf('## Paths (3)'));
    const tableRows = md.split('\n').filter((line) => line.startsWith('| **'));
    expect(tableRows.map((line) => /<sub>(\w+)<\/sub>/.exec(line)?.[1])).toEqual(['b', 'c', 'a']);
  });
  test('each failure names the page line of the documented fact, linked under a docs base URL', () => {
    expect(md).toContain('**echo** `ECHO_MISMATCH` at `status`: status differs (documented at `beta/api/b.md:12`)');
    const linked = renderMarkdown(buildContractReport(metas, runs, [], new Date('2026-01-01T00:00:00Z'), 'run', { docsBaseUrl: 'https://github.com/o/r/blob/main/api-reference/' }));
    expect(linked).toContain('status differs (documented at [`beta/api/b.md:12`](<https://github.com/o/r/blob/main/api-reference/beta/api/b.md#L12>))');
  });
  test('names rows by resource and version, the contract file beneath', () => {
    expect(md).toContain('| **r** beta<br><sub>a</sub> | `/x` |');
    expect(md).toContain('### **r** beta `/x`');
  });
});

describe('the read check in the report', () => {
  const read = (identity: PathIdentity, cell: Partial<ContractCheckMeta>): ContractCheckMeta => ({ ...pass(identity, 'read'), ...cell });
  const late = id('late');
  const metasWithReads: ContractCheckMeta[] = [
    ...(['status', 'json', 'echo', 'id'] as const).flatMap((check) => [pass(late, check), pass(id('off'), check), pass(id('changed'), check)]),
    read(late, { read: { url: 'https://g/beta/x/1', status: 200, appearedAfterMs: 3_420, durationMs: 3_500 } }),
    read(id('off'), { outcome: 'skipped', skipReason: 'GRAPH_READ=false: created entities are not read back in this run.' }),
    read(id('changed'), {
      outcome: 'failed', read: { url: 'https://g/beta/x/2', status: 200, appearedAfterMs: 0, durationMs: 9 },
      result: { check: 'read', ok: false, failures: [{ code: 'READ_MISMATCH', field: 'displayName', message: 'displayName differs from what the create answered.', sent: 'a', received: 'b' }] },
    }),
  ];
  const withReads = buildContractReport(metasWithReads, runs, [], new Date('2026-01-01T00:00:00Z'));
  const md = renderMarkdown(withReads);

  test('a path whose read was off still passes; the read cell is counted skipped', () => {
    expect(withReads.rows.map((row) => [row.contract, row.verdict])).toEqual([['changed', 'failed'], ['late', 'passed'], ['off', 'passed']]);
    expect(withReads.checkTotals.read).toEqual({ passed: 1, failed: 1, skipped: 1, error: 0 });
  });

  test('each row keeps its read; the report sums up the delays', () => {
    expect(withReads.rows[1]!.read).toEqual({ url: 'https://g/beta/x/1', status: 200, appearedAfterMs: 3_420, durationMs: 3_500 });
    expect(withReads.reads).toMatchObject({ appeared: 2, appearedLater: 1, medianMs: 1_710, worstMs: 3_420, worst: { contract: 'late' } });
    expect(md).toContain('2 created entities read back, 1 only after a 404 (median 1,710 ms, worst 3,420 ms: r beta /x).');
  });

  test('the read cell shows the delay; a read failure shows what was created and what was read', () => {
    expect(md).toMatch(/<sub>late<\/sub> \| `\/x` \| 201 \| passed \| met \| ✅ \| ✅ \| ✅ \| ✅ \| ✅ 3\.4 s \|/);
    expect(md).toContain('**read** `READ_MISMATCH` at `displayName`');
    expect(md).toContain('- created:  "a"');
    expect(md).toContain('+ read:     "b"');
  });
});

describe('outcome classes and expectations in the report', () => {
  const classified = (identity: PathIdentity, outcome: ContractCheckMeta['classified'], status: number): ContractCheckMeta[] =>
    (['status', 'json', 'echo', 'id'] as const).map((check) => ({ identity, check, outcome: 'failed', status, retries: [], classified: outcome, result: { check, ok: false, failures: [{ code: 'BODY_UNAVAILABLE', message: 'HTTP 400' }] } }));
  const refusal = classified(id('r', '/refused'), { outcome: 'example-refused', rule: 'example-refused', code: 'ModelValidationFailure', field: 'appId', message: "Invalid value for property 'appId'" }, 400);
  const noRoute = classified(id('n', '/service-filled'), { outcome: 'not-creatable', rule: 'no-route-for-post', code: 'No method match route template' }, 400);
  const metas2 = [...metas, ...refusal, ...noRoute];
  const expectations = { format: 1 as const, expectations: { r: { '/refused': { outcome: 'example-refused' as const, code: 'ModelValidationFailure', reason: 'needs a real app id' } } } };

  test('each row carries its class and, without expectations, every non-pass is unexpected', () => {
    const plain = buildContractReport(metas2, runs, [], new Date());
    expect(plain.rows.map((row) => [row.contract, row.outcome, row.expectation])).toEqual([
      ['a', 'passed', 'met'], ['b', 'contract-broken', 'unexpected'], ['c', 'skipped', 'met'], ['n', 'not-creatable', 'unexpected'], ['r', 'example-refused', 'unexpected'],
    ]);
    expect(plain.outcomeTotals).toMatchObject({ passed: 1, 'contract-broken': 1, skipped: 1, 'not-creatable': 1, 'example-refused': 1 });
    expect(plain.codeTotals).toEqual({ ECHO_MISMATCH: 1, ModelValidationFailure: 1, 'No method match route template': 1 });
    expect(plain.expectations).toEqual({ strict: false, unexpected: 3, fixed: 0, expectedFailures: 0, exitCode: 1 });
  });

  test('a listed refusal is met, shown with its reason; the headline counts it', () => {
    const judged = buildContractReport(metas2, runs, [], new Date(), 'run-1', { expectations, expectationsFile: 'expectations/tenant.json' });
    expect(judged.rows.find((row) => row.contract === 'r')).toMatchObject({ expectation: 'met', expected: { outcome: 'example-refused', code: 'ModelValidationFailure' }, field: 'appId' });
    expect(judged.expectations).toMatchObject({ file: 'expectations/tenant.json', unexpected: 2, expectedFailures: 1, exitCode: 1 });
    const md = renderMarkdown(judged);
    expect(md.startsWith('# Contract gate\n\n**2 unexpected, 0 fixed, 1 expected failures** (against `expectations/tenant.json`)')).toBe(true);
    expect(md).toContain('## Not as expected (2)\n\n### contract-broken (1)');
    expect(md).toContain('## Expected failures (1)\n\n### example-refused (1)\n\n- **r** beta `/refused` (`r`) (HTTP 400, `ModelValidationFailure`, field `appId`): needs a real app id');
    expect(md).toContain('| `ModelValidationFailure` | 1 |');
    // Check-by-check detail is for broken contracts; a refusal's evidence is its Graph error.
    expect(md).not.toContain('**status** `BODY_UNAVAILABLE`');
  });

  test('the report opens with what changed since the previous run', () => {
    const previous = { generatedAt: '2026-11-28T04:17:00.000Z', rows: [{ contract: 'a', pathTemplate: '/x', outcome: 'passed' as const }, { contract: 'b', pathTemplate: '/x', outcome: 'passed' as const }, { contract: 'gone', pathTemplate: '/g', outcome: 'passed' as const }] };
    const judged = buildContractReport(metas2, runs, [], new Date(), 'run-2', { previous });
    expect(judged.changes).toMatchObject({ changed: [{ contract: 'b', before: { outcome: 'passed' }, after: { outcome: 'contract-broken', code: 'ECHO_MISMATCH' } }], addedContracts: ['c', 'n', 'r'], removedContracts: ['gone'] });
    const md = renderMarkdown(judged);
    expect(md.indexOf('## Changes since the previous run')).toBeGreaterThan(0);
    expect(md.indexOf('## Changes since the previous run')).toBeLessThan(md.indexOf('| class | paths |'));
    expect(md).toContain('| b | `/x` | passed | contract-broken (`ECHO_MISMATCH`) |');
  });

  test('a path two shards both passed with one id becomes contract-broken (ID_DUPLICATE) in the merged report', () => {
    const both = ['x', 'y'].flatMap((contract) => [{ ...pass(id(contract), 'id'), createdId: 'same', classified: { outcome: 'passed' as const, rule: 'created-as-documented' } }]);
    const merged = buildContractReport(both, runs, [], new Date());
    expect(merged.rows.map((row) => [row.contract, row.outcome, row.code, row.expectation])).toEqual([['x', 'passed', undefined, 'met'], ['y', 'contract-broken', 'ID_DUPLICATE', 'unexpected']]);
  });
});

describe('service text in the markdown report stays text', () => {
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const metas: ContractCheckMeta[] = [
    pass(id('h'), 'status'), pass(id('h'), 'json'), pass(id('h'), 'id'),
    { identity: id('h'), check: 'echo', outcome: 'failed', status: 201, retries: [{ attempt: 1, status: 503, waitedMs: 1, reason: hostile }],
      result: { check: 'echo', ok: false, failures: [{ code: 'ECHO_MISMATCH', field: 'displayName', message: `displayName sent "a" received "${hostile}"`, sent: 'a', received: hostile }] } },
    { identity: id('s'), check: 'status', outcome: 'skipped', skipReason: `service said ${hostile}` },
  ];
  const md = renderMarkdown(buildContractReport(metas, [{ target: 'tenant', contracts: 2, cleanup: { deleted: 0, leftovers: [{ path: '/x', id: '1', reason: hostile }] } }], [], new Date('2026-01-01T00:00:00Z')));

  test('a received <img onerror>/<script> is escaped or in code, so a markdown viewer renders no element', async () => {
    const { marked } = await import('marked');
    const html = await marked.parse(md);
    expect(md).toContain('received');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
