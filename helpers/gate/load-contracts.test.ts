import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import { ContractFileError, ContractsDirError, loadContracts } from './load-contracts.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadContracts', () => {
  const contract = JSON.stringify(contractFixture());
  test('reads subfolders, names by relative path, sorted, ignores other files', () => {
    const dir = folder({ 'v1.0/b.json': contract, 'beta/a.json': contract, 'notes.md': '#' });
    expect(loadContracts(dir).map((c) => c.name)).toEqual(['beta/a', 'v1.0/b']);
  });
  const bad: Array<[string, () => unknown, string]> = [
    ['missing folder', () => loadContracts('/nonexistent/contracts'), 'CONTRACTS_DIR_UNREADABLE'],
    ['not JSON', () => loadContracts(folder({ 'x.json': '{' })), 'CONTRACT_FILE_INVALID'],
    ['not a contract', () => loadContracts(folder({ 'x.json': '{"a":1}' })), 'CONTRACT_FILE_INVALID'],
  ];
  test.each(bad)('%s', (_name, run, code) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(code === 'CONTRACTS_DIR_UNREADABLE' ? ContractsDirError : ContractFileError);
    expect((error as { code: string }).code).toBe(code);
  });
});
