// The guard is on in every unit test (vitest.config.ts setupFiles: this file does not install it): reaching the user's folders
// fails, through named imports, the default export and the promise API alike; a test's own
// temporary folder and the project's sources are untouched.
import fs, { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Not importing user-data-guard.ts: the guard must already be on, from vitest.config.ts.
import { PROJECT_ROOT, USER_DATA, userDataOf } from './user-data.ts';

describe('the user-data guard', () => {
  it.each([
    ['readdirSync of contracts/', () => readdirSync(join(PROJECT_ROOT, 'contracts'))],
    ['existsSync of a contract in a subfolder', () => existsSync(join(PROJECT_ROOT, 'contracts/contrib/x.json'))],
    ['readFileSync of .env', () => readFileSync(join(PROJECT_ROOT, '.env'))],
    ['the default export', () => fs.statSync(join(PROJECT_ROOT, 'reports'))],
    ['a relative path from the project root', () => fs.readFileSync('expectations/tenant.json')],
    // A source that does not exist: without the guard this fails with ENOENT and writes nothing.
    ['a copy into the user folder', () => fs.copyFileSync(join(tmpdir(), 'gc-no-such-file'), join(PROJECT_ROOT, 'contracts/copied.json'))],
  ])('refuses %s', (_name, touch) => {
    expect(touch).toThrow(expect.objectContaining({ code: 'TEST_TOUCHED_USER_DATA', message: expect.stringMatching(/a test reached the user's (contracts|\.env|reports|expectations)/) }));
  });

  it('refuses the promise API too', async () => {
    await expect(async () => readdir(join(PROJECT_ROOT, 'recordings'))).rejects.toMatchObject({ code: 'TEST_TOUCHED_USER_DATA' });
  });

  it("leaves a test's own folders and the project's sources alone", () => {
    const own = mkdtempSync(join(tmpdir(), 'gc-guard-'));
    writeFileSync(join(own, 'contracts'), 'x');
    expect(readFileSync(join(own, 'contracts'), 'utf8')).toBe('x');
    expect(existsSync(join(PROJECT_ROOT, 'package.json'))).toBe(true);
    expect(userDataOf(join(PROJECT_ROOT, 'contracts-fixture'))).toBeUndefined();
    expect(userDataOf(join(PROJECT_ROOT, 'helpers/testing/fixtures/seeds'))).toBeUndefined();
    expect(USER_DATA.map((name) => userDataOf(join(PROJECT_ROOT, name)))).toEqual([...USER_DATA]);
  });
});
