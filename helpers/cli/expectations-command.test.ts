import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const run = runCli;

function reportFile(folder: string, name: string, rows: object[]): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify({ generatedAt: '2026-11-29T04:17:00.000Z', rows }));
  return path;
}

const refused = { contract: 'beta-a', pathTemplate: '/a', outcome: 'example-refused', code: 'ModelValidationFailure', field: 'appId', message: "Invalid value 'App Id value' for property 'appId'" };
const noRoute = { contract: 'beta-b', pathTemplate: '/b', outcome: 'not-creatable', code: 'No method match route template' };
const passed = { contract: 'beta-c', pathTemplate: '/c', outcome: 'passed' };

describe('graph-contracts expectations', () => {
  it('writes the baseline from a report, keeps a written reason, and --merge adds a shard', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gc-expect-'));
    const out = join(folder, 'tenant.json');
    const first = await run(['expectations', reportFile(folder, 'r1.json', [refused, passed]), '--out', out]);
    expect(first).toMatchObject({ code: 0, stdout: `Wrote 1 expectation to ${out} (1 example-refused) from 2 paths.\n` });
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toEqual({ format: 1, expectations: { 'beta-a': { '/a': { outcome: 'example-refused', code: 'ModelValidationFailure', reason: "refused field appId: Invalid value 'App Id value' for property 'appId'" } } } });

    written.expectations['beta-a']['/a'].reason = 'the app id must be a real app of the tenant';
    writeFileSync(out, JSON.stringify(written));
    expect((await run(['expectations', reportFile(folder, 'r2.json', [refused]), '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).expectations['beta-a']['/a'].reason).toBe('the app id must be a real app of the tenant');

    const merged = await run(['expectations', reportFile(folder, 'shard2.json', [noRoute]), '--out', out, '--merge']);
    expect(merged.code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')).expectations)).toEqual(['beta-a', 'beta-b']);
  });

  it.each([
    ['no report', ['expectations', '--out', 'x.json'], 'at least one contract-report.json'],
    ['no --out', ['expectations', 'r.json'], 'needs --out'],
  ])('exits 2 on %s', async (_name, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 naming the file and field of a report without outcome classes, and writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gc-expect-'));
    const out = join(folder, 'tenant.json');
    const result = await run(['expectations', reportFile(folder, 'old.json', [{ contract: 'a', pathTemplate: '/a', verdict: 'passed' }]), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('old.json: not a usable contract report: rows[0].outcome: expected one of');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on an existing --out that is not an expectations file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gc-expect-'));
    const out = join(folder, 'tenant.json');
    writeFileSync(out, '{"format": 1, "expectations": {"a": {"/a": {"outcome": "broken"}}}}');
    const result = await run(['expectations', reportFile(folder, 'r.json', [refused]), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expectations > a > /a > outcome');
  });
});
