import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import { loadContracts } from './load-contracts.ts';
import { noContractsReason } from './no-contracts-reason.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-no-contracts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const contract = JSON.stringify(contractFixture());
const reasonFor = (dir: string, filter = '') => noContractsReason(dir, loadContracts(dir), filter);

describe('why a run has no contract to run', () => {
  test('a missing folder: named as missing, with how to get contracts', () => {
    const dir = join(tmpdir(), 'gc-no-such-contracts-folder');
    expect(reasonFor(dir)).toMatch(/^CONTRACTS_DIR=.*gc-no-such-contracts-folder: cannot read contracts from .*: no such folder\. Build them first/);
  });

  test('a file instead of a folder', () => {
    const dir = folder({ 'a.json': contract });
    expect(reasonFor(join(dir, 'a.json'))).toMatch(/: a file, not a folder\./);
  });

  test('a folder of doc pages: named as pages, with the build command that turns them into contracts', () => {
    const dir = folder({ 'beta/a-create.md': '# a', 'text/b-create.txt': 'b' });
    expect(reasonFor(dir)).toBe(`CONTRACTS_DIR=${dir} holds 2 doc pages (.md, .txt) and no contract (.json): build contracts from them first (npx graph-contracts build ${dir} --out <folder>) and set CONTRACTS_DIR to that folder.`);
  });

  test('an empty folder', () => {
    const dir = folder({});
    expect(reasonFor(dir)).toMatch(/^CONTRACTS_DIR=.* holds no contract \(\.json\): build some first/);
  });

  test('CONTRACT matching none of the contracts: the filter and the count, never an empty CONTRACT=""', () => {
    const dir = folder({ 'a.json': contract });
    expect(reasonFor(dir, 'gizmo')).toBe(`No contract in ${dir} matches CONTRACT="gizmo": it is matched against the names and resources of the 1 contract file there, case-insensitive; empty runs all.`);
  });

  test('contracts that could none be read', () => {
    const dir = folder({ 'a.json': '{', 'b.json': '[]' });
    expect(reasonFor(dir)).toMatch(/^None of the 2 contract files in .* could be read/);
  });

  test('never mentions CONTRACT when it is empty', () => {
    for (const dir of [folder({ 'x.md': '#' }), folder({}), join(tmpdir(), 'gc-none')]) expect(reasonFor(dir)).not.toContain('CONTRACT=');
  });
});
