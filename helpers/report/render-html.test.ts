// The HTML report's structure: what a person sees first, how rows are named and grouped, and
// that it is one static file. (What a person sees is checked in chromium: html-report.browser.test.ts.)
import { describe, expect, test } from 'vitest';
import { CHECK_NAMES } from '../checks/check-types.ts';
import type { ContractCheckMeta, ContractRunMeta, PathIdentity } from '../gate/path-outcome.ts';
import { buildContractReport } from './contract-report.ts';
import { renderHtml } from './render-html.ts';

const id = (contract: string, resource: string, extra: Partial<PathIdentity> = {}): PathIdentity =>
  ({ contract, resource, apiVersion: 'beta', pathTemplate: `/deviceManagement/${resource}s/{id}/very/long/path/segment/${'x'.repeat(80)}`, dialect: 'md-front-matter', ...extra });
const checksOf = (identity: PathIdentity, failing?: ContractCheckMeta['check']): ContractCheckMeta[] => CHECK_NAMES.map((check) => ({
  identity, check, status: 201, retries: [],
  ...(check === failing
    ? { outcome: 'failed' as const, result: { check, ok: false, failures: [{ code: 'ECHO_MISMATCH', field: 'displayName', message: 'differs <script>alert(1)</script>', sent: 'a', received: 'b', where: { file: 'beta/api/intune-apps-androidlobapp-create.md', line: 57, section: 'Properties', field: 'displayName' } }] } }
    : { outcome: 'passed' as const, result: { check, ok: true, failures: [] } }),
}));
const relaxed = [{ property: 'uploadState', constraint: 'enum' as const, documented: ['0', '1', '2'], defect: 'EXAMPLE_CONTRADICTS_TABLE' as const, contradictedBy: { example: 'request' as const, value: 11 } }];
const runs: ContractRunMeta[] = [{ target: 'mock', contracts: 3, cleanup: { deleted: 0, leftovers: [] } }];

function reportOf(passing: number, docsBaseUrl?: string) {
  const metas = [
    ...Array.from({ length: passing }, (_, index) => checksOf(id(`beta/passing-${index}`, `zebra${index}`))).flat(),
    ...checksOf(id('beta/intune-apps-androidlobapp-create', 'androidLobApp', { relaxed }), 'echo'),
    { identity: id('000_4ec4dc52e773baea', 'managedAppLogCollectionRequest'), check: 'status' as const, outcome: 'skipped' as const, skipReason: 'needs DeviceManagementApps.ReadWrite.All' },
  ];
  return buildContractReport(metas, runs, [], new Date('2026-01-01T00:00:00Z'), 'run-1', docsBaseUrl ? { docsBaseUrl } : {});
}

const sections = (html: string) => [...html.matchAll(/<details class="group (\w+)"( open)?>/g)].map((m) => `${m[1]}${m[2] ? ' open' : ''}`);

describe('renderHtml', () => {
  const html = renderHtml(reportOf(60));

  test('a summary first: the verdict, tiles and the check totals, before any row', () => {
    expect(html.indexOf('1 failed, 0 errored</b> of 62 contract paths')).toBeGreaterThan(0);
    expect(html.indexOf('class="tiles"')).toBeLessThan(html.indexOf('<tbody class="row"'));
    expect(html).toContain('<title>Contract gate: 1 of 62 paths failed</title>');
  });

  test('failures first, then skips, then passes; passes collapsed at corpus size', () => {
    expect(sections(html)).toEqual(['failed open', 'skipped open', 'passed']);
    expect(sections(renderHtml(reportOf(3)))).toEqual(['failed open', 'skipped open', 'passed open']);
  });

  test('rows named by resource and version, the contract file and dialect as secondary text', () => {
    expect(html).toContain('<span class="res">androidLobApp</span><span class="ver beta">beta</span>');
    expect(html).toContain('<span class="file">beta/intune-apps-androidlobapp-create · md-front-matter</span>');
  });

  test('fixed check columns and a wrapping path column: every row has each check cell', () => {
    expect(html).toContain('table-layout:fixed');
    expect(html).toMatch(/td\.path code\{[^}]*overflow-wrap:anywhere/);
    const rows = [...html.matchAll(/<tbody class="row"[^>]*><tr>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(62);
    for (const [, row] of rows) expect(row!.match(/<td class="cell /g)).toHaveLength(CHECK_NAMES.length);
  });

  test('each failure with its field, sent and received, escaped', () => {
    expect(html).toContain('<b>echo</b> <code>ECHO_MISMATCH</code> at <code>displayName</code>: differs &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('sent &quot;a&quot;');
    expect(html).not.toContain('<script>alert(1)');
  });

  test('each failure names the page line of the documented fact: linked under a docs base URL, text to copy without', () => {
    expect(html).toContain('<span class="loc">documented at <span class="copy" title="beta/api/intune-apps-androidlobapp-create.md:57 &gt; Properties &gt; displayName"><code>beta/api/intune-apps-androidlobapp-create.md:57</code></span></span>');
    const linked = renderHtml(reportOf(0, 'https://github.com/o/r/blob/main/api-reference/'));
    expect(linked).toContain('<a href="https://github.com/o/r/blob/main/api-reference/beta/api/intune-apps-androidlobapp-create.md#L57" title="beta/api/intune-apps-androidlobapp-create.md:57 &gt; Properties &gt; displayName" target="_blank" rel="noopener"><code>beta/api/intune-apps-androidlobapp-create.md:57</code></a>');
    expect(html).not.toContain('#L57');
  });

  test('the outcome class, code and expectation under a failing path; the expectations line on top', () => {
    expect(html).toContain('<span class="class">contract-broken · ECHO_MISMATCH <span class="exp unexpected">unexpected</span></span>');
    expect(html).toContain('1 unexpected, 0 fixed, 0 expected failures (no expectations file: every path must pass)');
  });

  test('rows carry what the filter reads: outcome and the checks that did not pass', () => {
    expect(html).toContain('<tbody class="row" data-outcome="failed" data-bad="echo">');
    expect(html).toContain('<tbody class="row" data-outcome="skipped" data-bad="">');
    for (const control of ['id="outcome"', 'id="check"', 'id="text"']) expect(html).toContain(control);
  });

  test('relaxed constraints listed per contract, and flagged on its rows', () => {
    expect(html).toContain('1 documented constraints relaxed in 1 contracts');
    expect(html).toContain('uploadState: enum [0, 1, 2] not asserted; the example request has 11 (EXAMPLE_CONTRADICTS_TABLE)');
    expect(html).toContain('<a class="relaxed" href="#relaxed-beta/intune-apps-androidlobapp-create"');
    expect(html).toContain('<li id="relaxed-beta/intune-apps-androidlobapp-create">');
  });

  test('one static file: no external script, style, image or font', () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/i);
  });
});

describe('outcome classes in the HTML report', () => {
  const metas: ContractCheckMeta[] = (['status', 'json', 'echo', 'id'] as const).map((check) => ({
    identity: { contract: 'beta/intune-x-create', resource: 'widget', apiVersion: 'beta', pathTemplate: '/widgets' }, check, outcome: 'failed', status: 400, retries: [],
    classified: { outcome: 'example-refused', rule: 'example-refused', code: 'ModelValidationFailure', field: 'appId', message: "Invalid value for property 'appId'" },
    result: { check, ok: false, failures: [{ code: 'BODY_UNAVAILABLE', message: 'HTTP 400' }] },
    rewrites: [{ field: 'appId', documented: 'App Id value', sent: 'a1b2', why: 'path parameter' as const }],
  }));
  const previous = { generatedAt: '2026-11-28T04:17:00.000Z', rows: [{ contract: 'beta/intune-x-create', pathTemplate: '/widgets', outcome: 'passed' as const }] };
  const html = renderHtml(buildContractReport(metas, [], [], new Date('2026-01-01T00:00:00Z'), 'run-1', { previous }));

  test('leads with the expectations line, counts per class and code, the changes, and failures grouped by class', () => {
    expect(html).toContain('1 unexpected, 0 fixed, 0 expected failures (no expectations file: every path must pass)');
    expect(html).toContain('<tr><td>example-refused</td><td class="n">1</td></tr>');
    expect(html).toContain('<tr><td><code>ModelValidationFailure</code></td><td class="n">1</td></tr>');
    expect(html).toContain('<li>beta/intune-x-create <code>/widgets</code>: passed → example-refused (<code>ModelValidationFailure</code>)</li>');
    expect(html).toContain('<h2>Not as expected (1)</h2></summary><h3>example-refused (1)</h3>');
    expect(html).toContain('field <code>appId</code>');
  });

  test('the sent body is told apart from the documented one', () => {
    expect(html).toContain('<li>sent body: <code>appId</code> <code>&quot;App Id value&quot;</code> → <code>&quot;a1b2&quot;</code> (path parameter)</li>');
  });

  test('each row shows its class and expectation', () => {
    expect(html).toContain('<span class="class">example-refused · ModelValidationFailure <span class="exp unexpected">unexpected</span></span>');
  });
});

describe('the HTML report leads with what failed', () => {
  const identity = (n: number): PathIdentity => ({ contract: `beta/intune-x${n}-create`, resource: `x${n}`, apiVersion: 'beta', pathTemplate: `/x${n}s` });
  // A refusal made no entity: status, json, echo and id fail; there is nothing to read back.
  const refused = (n: number): ContractCheckMeta[] => CHECK_NAMES.map((check): ContractCheckMeta => check === 'read' ? {
    identity: identity(n), check, outcome: 'skipped', status: 403, retries: [], skipReason: 'the create made no entity to read back',
    classified: { outcome: 'not-permitted', rule: 'not-permitted', code: 'Forbidden', message: 'Application is not authorized.' },
  } : {
    identity: identity(n), check, outcome: 'failed', status: 403, retries: [],
    classified: { outcome: 'not-permitted', rule: 'not-permitted', code: 'Forbidden', message: 'Application is not authorized.' },
    result: { check, ok: false, failures: [check === 'status'
      ? { code: 'STATUS_MISMATCH', message: 'Expected HTTP 201, received 403.', sent: 201, received: 403 }
      : check === 'json' ? { code: 'SCHEMA_VIOLATION', field: '/', message: "/ must have required property 'id' (schema #/required)." }
      : { code: 'BODY_UNAVAILABLE', message: 'HTTP 403 is not a created entity: Forbidden: Application is not authorized.' }] },
  });
  const passing = (n: number) => checksOf(identity(n));
  const finding = (n: number) => ({ code: 'PROPERTY_NOT_IN_MODEL' as const, severity: 'error' as const, file: `beta/intune-x${n}-create.md`, line: 40, resource: `x${n}`, property: `p${n}`, models: ['beta'], message: `p${n} is not declared on microsoft.graph.x${n}` });
  const runsWith = (findings: number): ContractRunMeta[] => [{ target: 'tenant', contracts: 2, cleanup: { deleted: 0, leftovers: [] },
    modelCheck: { source: 'beta.xml', models: [{ label: 'beta', version: 'beta', source: 'beta.xml' }], findings: Array.from({ length: findings }, (_, n) => finding(n)), notLinted: [], requests: 0, retries: [], errors: [], required: false, checkedFiles: [] } }];
  const metas = [...refused(1), ...passing(2)];

  test('the paths come before the class tables and the model check; a long model check is folded with its counts', () => {
    const html = renderHtml(buildContractReport(metas, runsWith(400), [], new Date('2026-01-01T00:00:00Z'), 'run-1'));
    const firstRow = html.indexOf('<tbody class="row"');
    expect(firstRow).toBeGreaterThan(0);
    expect(firstRow).toBeLessThan(html.indexOf('<th>class</th>'));
    expect(firstRow).toBeLessThan(html.indexOf('id="model-check"'));
    expect(html).toContain('<details class="extra model" id="model-check"><summary><h2>Model check</h2> <span class="tally">400 findings (400 errors)</span>');
    expect(html.match(/<tr class="finding error">/g)).toHaveLength(400);
    expect(html).toContain('<a href="#model-check">Model check: 400 findings</a>');
    expect(renderHtml(buildContractReport(metas, runsWith(3), [], new Date('2026-01-01T00:00:00Z'), 'run-1'))).toContain('<details class="extra model" id="model-check" open>');
  });

  test('each thing once: no values the message already says, one line for what echo and id share', () => {
    const html = renderHtml(buildContractReport(metas, [], [], new Date('2026-01-01T00:00:00Z'), 'run-1'));
    expect(html).toContain('<b>status</b> <code>STATUS_MISMATCH</code>: Expected HTTP 201, received 403.');
    expect(html).not.toContain('sent 201');
    expect(html).toContain('<b>echo, id</b> <code>BODY_UNAVAILABLE</code>: HTTP 403 is not a created entity: Forbidden: Application is not authorized.');
    expect(html.match(/HTTP 403 is not a created entity/g)).toHaveLength(1);
  });

  test("the check table's colours follow the verdict: failures the baseline lists are not red", () => {
    const expectations = { format: 1 as const, expectations: { 'beta/intune-x1-create': { '/x1s': { outcome: 'not-permitted' as const, code: 'Forbidden' } } } };
    const html = renderHtml(buildContractReport(metas, [], [], new Date('2026-01-01T00:00:00Z'), 'run-1', { expectations, expectationsFile: 'expectations/tenant.json' }));
    expect(html).toContain('<b>0 unexpected</b>');
    const counts = /<table class="counts"><tr><th>check<\/th>.*?<\/table>/s.exec(html)![0];
    expect(counts).toContain('<tr><td>unexpected</td><td class="zero">0</td>');
    expect(counts).toContain('<tr><td>as expected</td><td class="n expected">1</td>');
    expect(counts).not.toMatch(/class="n (failed|error)"/);
    const unexpected = renderHtml(buildContractReport(metas, [], [], new Date('2026-01-01T00:00:00Z'), 'run-1', { expectations: { format: 1, expectations: {} }, expectationsFile: 'expectations/tenant.json' }));
    expect(/<table class="counts"><tr><th>check<\/th>.*?<\/table>/s.exec(unexpected)![0]).toContain('<tr><td>unexpected</td><td class="n failed">1</td>');
  });

  test('control characters from a message never reach the page raw: colours dropped, the rest shown as escapes', () => {
    const hostile: ContractCheckMeta[] = checksOf(identity(3), 'echo').map((meta) => (meta.check === 'echo' ? { ...meta, result: { check: 'echo', ok: false, failures: [{ code: 'ECHO_MISMATCH', field: 'name', message: 'got \u001b[31mred\u001b[39m, a bare \u001b, a bell \u0007 and \u202e reversed' }] } } : meta));
    const html = renderHtml(buildContractReport(hostile, [], [], new Date('2026-01-01T00:00:00Z'), 'run-1'));
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/);
    expect(html).toContain('got red, a bare \\u{1B}, a bell \\u{7} and \\u{202E} reversed');
  });
});

describe('renderHtml: the read check', () => {
  const identity = { contract: 'beta/intune-vpn-create', resource: 'vpn', apiVersion: 'beta', pathTemplate: '/vpns' };
  const writeOnly = [{ code: 'READ_WRITE_ONLY' as const, field: 'sharedSecret', message: 'sharedSecret was sent and echoed by the create (a string of 9 characters, not shown) but reads back null: write-only.', received: null }];
  const metas: ContractCheckMeta[] = CHECK_NAMES.map((check) => ({
    identity, check, status: 201, retries: [],
    classified: { outcome: 'contract-broken', rule: 'created-breaking-contract', code: 'READ_WRITE_ONLY', fields: ['sharedSecret'] },
    ...(check === 'read'
      ? { outcome: 'failed' as const, result: { check, ok: false, failures: writeOnly }, read: { url: 'https://g/beta/vpns/1', status: 200, appearedAfterMs: 1_250, durationMs: 1_300 } }
      : { outcome: 'passed' as const, result: { check, ok: true, failures: [] } }),
  }));
  const html = renderHtml(buildContractReport(metas, runs, [], new Date('2026-01-01T00:00:00Z'), 'run-1'));

  test('a write-only property is named in the class line and the failure, its value not shown', () => {
    expect(html).toContain('<span class="class">contract-broken · READ_WRITE_ONLY sharedSecret <span class="exp unexpected">unexpected</span></span>');
    expect(html).toContain('<b>read</b> <code>READ_WRITE_ONLY</code> at <code>sharedSecret</code>');
    expect(html).toContain('property <code>sharedSecret</code>');
  });

  test('the read cell shows when the entity appeared; the summary is in the header', () => {
    expect(html).toContain('<td class="cell failed" title="read: failed, appeared after 1250 ms">FAIL<small class="late">1.3 s</small></td>');
    expect(html).toContain('<li>1 created entity read back, 1 only after a 404 (median 1,250 ms, worst 1,250 ms: vpn beta /vpns).</li>');
  });
});
