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
    result: { check: 'echo', ok: false, failures: [{ code: 'ECHO_MISMATCH', field: 'status', message: 'status differs', sent: 'a', received: 'b' }] } },
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
    expect(md).toContain('| contract | path | HTTP | status | json | echo | id | retries |');
    expect(md).toContain('**echo** `ECHO_MISMATCH` at `status`');
    expect(md).toContain('- sent:     "a"');
    expect(md).toContain('+ received: "b"');
    expect(md).toContain('needs DeviceManagementApps.ReadWrite.All');
    expect(md).toContain('`/x` id `9`: 403');
  });
  test('beyond maxRows only rows that did not pass are listed', () => {
    const short = renderMarkdown(report, { maxRows: 2 });
    expect(short).not.toMatch(/^\| a \|/m);
    expect(short).toMatch(/^\| b \|/m);
  });
});
