import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contractFixture } from '../testing/contract-fixture.ts';
import { formatUnreadable, loadContracts } from './load-contracts.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const contract = JSON.stringify(contractFixture());
const withoutPaths = (() => {
  const c = contractFixture() as unknown as { operation: Record<string, unknown> };
  delete c.operation.paths;
  return JSON.stringify(c);
})();

describe('loadContracts', () => {
  test('reads subfolders, names by relative path, sorted, ignores other files', () => {
    const dir = folder({ 'v1.0/b.json': contract, 'beta/a.json': contract, 'notes.md': '#' });
    expect(loadContracts(dir)).toMatchObject({ listed: 2, pages: 1 });
    expect(loadContracts(dir).contracts.map((c) => c.name)).toEqual(['beta/a', 'v1.0/b']);
  });

  test('names every bad file with its field and still loads the good ones', () => {
    const dir = folder({ 'a.json': contract, 'b.json': '{', 'c.json': '{"a":1}', 'd.json': withoutPaths, 'e.json': contract, 'f.json': '[]' });
    const loaded = loadContracts(dir);
    expect(loaded.contracts.map((c) => c.name)).toEqual(['a', 'e']);
    const byFile = (name: string) => loaded.unreadable.filter((u) => u.file === join(dir, name));
    expect(byFile('b.json')).toEqual([expect.objectContaining({ code: 'CONTRACT_FILE_INVALID', message: expect.stringContaining('not JSON') })]);
    expect(byFile('c.json').map((u) => u.field)).toEqual(expect.arrayContaining(['/contractFormat', '/operation', '/resource']));
    expect(byFile('d.json').map((u) => u.field)).toEqual(['/operation/paths']);
    expect(byFile('f.json').map((u) => u.field)).toEqual(['/']);
    for (const entry of loaded.unreadable) expect(formatUnreadable(entry)).not.toContain('\n');
  });

  test('include picks files by name before reading: a broken file outside the share is never read', () => {
    const dir = folder({ 'beta/a.json': contract, 'beta/b.json': '{', 'text/beta/a.json': contract });
    const loaded = loadContracts(dir, (name) => name.endsWith('/a'));
    expect(loaded.contracts.map((c) => c.name)).toEqual(['beta/a', 'text/beta/a']);
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.listed).toBe(3);
  });

  test('a missing folder is one unreadable entry, not a crash', () => {
    expect(loadContracts('/nonexistent/contracts')).toEqual({ contracts: [], unreadable: [expect.objectContaining({ code: 'CONTRACTS_DIR_UNREADABLE', file: '/nonexistent/contracts' })], listed: 0, pages: 0 });
  });
});
