// A replay's report says per path what judged it (a recorded answer and its date, or a
// generated one) in every format, and the headline counts both; recording problems are listed
// as data, escaped like any text from outside.
import { describe, expect, test } from 'vitest';
import type { ContractCheckMeta, ContractRunMeta, PathIdentity } from '../gate/path-outcome.ts';
import type { JudgedAgainst } from '../targets/judged-against.ts';
import { buildContractReport } from './contract-report.ts';
import { renderConsoleSummary } from './render-console.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

const identity = (contract: string, judgedAgainst: JudgedAgainst): PathIdentity => ({ contract, resource: contract, apiVersion: 'beta', pathTemplate: '/x', judgedAgainst });
const passed = (who: PathIdentity): ContractCheckMeta[] =>
  (['status', 'json', 'echo', 'id'] as const).map((check) => ({ identity: who, check, outcome: 'passed', result: { check, ok: true, failures: [] }, retries: [], status: 201, classified: { outcome: 'passed', rule: 'created-as-documented' } }));

const hostile = 'recordings/beta/<script>alert(1)</script>.json';
const runs: ContractRunMeta[] = [
  {
    target: 'replay of recordings',
    contracts: 3,
    cleanup: { deleted: 0, leftovers: [] },
    recordings: { replay: { dir: 'recordings', strict: false, recordedBy: { runId: 'r', date: '2026-12-04T04:17:00.000Z', cloud: 'global', suiteVersion: '0.1.0' }, problems: [{ file: hostile, code: 'RECORDING_NOT_JSON', message: `${hostile}: not JSON [RECORDING_NOT_JSON]` }] } },
  },
];
const report = buildContractReport(
  [
    ...passed(identity('alpha', { kind: 'recorded', recordedAt: '2026-12-04' })),
    ...passed(identity('beta', { kind: 'recorded', recordedAt: '2026-11-30', requestDiffers: [{ field: 'notes<b>', change: 'added' }], undocumented: ['legacyProperty'] })),
    ...passed(identity('gamma', { kind: 'generated', why: 'no recording' })),
  ],
  runs,
  [],
  new Date('2026-12-05T00:00:00Z'),
);

describe('a replay report', () => {
  test('counts the paths judged against recorded and generated answers, with the recordings\' dates', () => {
    expect(report.replay).toMatchObject({ recorded: 2, generated: 1, notRecorded: 0, dates: ['2026-12-04', '2026-11-30'], requestDiffers: 1 });
    expect(report.rows.map((row) => row.judgedAgainst?.kind)).toEqual(['recorded', 'recorded', 'generated']);
  });

  test('console: the headline, and each recording problem on a line of its own', () => {
    const text = renderConsoleSummary(report);
    expect(text).toContain("Judged against the service's answers of 2026-11-30 to 2026-12-04 (recordings): 2 of 3 paths; 1 against generated answers (no recording); 1 sent a request that differs from the recorded one; 1 recording problem, listed below.");
    expect(text).toContain(`  ${hostile}: not JSON [RECORDING_NOT_JSON]`);
  });

  test('markdown: the headline, a column saying what judged each path, the differing requests, problems as text', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("Judged against the service's answers of 2026-11-30 to 2026-12-04 (recordings): 2 of 3 paths");
    expect(markdown).toMatch(/\| judged against \|\n/);
    expect(markdown).toContain('| recorded 2026-12-04 |');
    expect(markdown).toContain('| recorded 2026-11-30 ≠ |');
    expect(markdown).toContain('| generated |');
    expect(markdown).toContain('## Requests that differ from the recorded ones (1)');
    // What the service answered beyond the docs is data for sync, not a list in every report.
    expect(markdown).not.toContain('legacyProperty');
    expect(markdown).not.toContain('<script>');
    // Text from outside stays text: in a code span, or escaped.
    expect(markdown).toContain('`notes<b>` added');
    expect(markdown).toContain('recordings/beta/\\<script\\>alert(1)\\</script\\>.json');
  });

  test('HTML: the headline, what judged each row, the differing fields, everything escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain(`<p class="run judged">Judged against the service's answers of 2026-11-30 to 2026-12-04 (recordings): 2 of 3 paths`);
    expect(html).toContain('judged against: recorded 2026-12-04');
    expect(html).toContain('judged against: generated (no recording)');
    expect(html).toContain('the request differs from the recorded one: <code>notes&lt;b&gt;</code> added');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });
});
