// Two runs committing report sets into one folder at the same time leave one run's complete
// set, never a mix (before: last writer won per file, and 1 pair in 26 left a mixed set).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commitReportFiles } from './report-files.ts';

const NAMES = ['junit.xml', 'contract-report.json', 'contract-report.md', 'contract-report.html'];

function committer(dir: string, run: string, times: number): Promise<number | null> {
  const script = `import { commitReportFiles } from ${JSON.stringify(join(import.meta.dirname, 'report-files.ts'))};
for (let i = 0; i < ${times}; i++) commitReportFiles(${JSON.stringify(dir)}, ${JSON.stringify(NAMES)}.map((name) => ({ name, content: '${run}-' + i + ' '.repeat(20000) })));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', resolve));
}

test('concurrent commits leave one complete set, and no temporary file', async () => {
  for (let round = 0; round < 2; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'gc-report-set-'));
    expect(await Promise.all([committer(dir, 'a', 40), committer(dir, 'b', 40)])).toEqual([0, 0]);
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
    const runs = new Set(NAMES.map((name) => readFileSync(join(dir, name), 'utf8').trim()));
    expect(runs.size, `mixed set: ${[...runs].join(', ')}`).toBe(1);
  }
}, 60_000);

test('a commit replaces the previous set whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-report-set-'));
  commitReportFiles(dir, [{ name: 'a.txt', content: 'old' }]);
  commitReportFiles(dir, [{ name: 'a.txt', content: 'new' }]);
  expect([readdirSync(dir), readFileSync(join(dir, 'a.txt'), 'utf8')]).toEqual([['a.txt'], 'new']);
});
