import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectPages } from './collect-pages.ts';
import { pageRelativePath } from './page-root.ts';

const docs = '/docs/api-reference';
const page = `${docs}/beta/api/intune-x-create.md`;

describe('pageRelativePath', () => {
  test.each([
    ['the docs root', docs, 'beta/api/intune-x-create.md'],
    ['the version folder', `${docs}/beta`, 'beta/api/intune-x-create.md'],
    ['its api folder', `${docs}/beta/api`, 'beta/api/intune-x-create.md'],
    ['the page itself', page, 'beta/api/intune-x-create.md'],
    ['the repository root above it', '/docs', 'api-reference/beta/api/intune-x-create.md'],
  ])('names a docs page alike from %s', (_label, root, want) => {
    expect(pageRelativePath(root, page)).toBe(want);
  });

  test.each([
    ['a version folder holding the pages', '/corpus/v1.0', '/corpus/v1.0/x.md', 'v1.0/x.md'],
    ['a root above keeps its sub-folders', '/corpus', '/corpus/text/beta/x.txt', 'text/beta/x.txt'],
    ['a root at the version folder of a sub-folder', '/corpus/text/beta', '/corpus/text/beta/x.txt', 'beta/x.txt'],
    ['no version folder: relative to the root', '/pages', '/pages/a/x.md', 'a/x.md'],
    ['no version folder, a file: its name', '/pages/x.md', '/pages/x.md', 'x.md'],
    ['a folder named beta far above the pages is not theirs', '/home/beta/project/pages', '/home/beta/project/pages/x.md', 'x.md'],
    ['nor is one two levels up through another folder', '/beta/other', '/beta/other/x.md', 'x.md'],
  ])('%s', (_label, root, path, want) => {
    expect(pageRelativePath(root, path)).toBe(want);
  });
});

describe('collectPages', () => {
  test('gives the same relative paths whichever folder of a docs tree it is given, so --match reads alike', () => {
    const root = mkdtempSync(join(tmpdir(), 'graph-contracts-root-'));
    for (const version of ['beta', 'v1.0']) {
      mkdirSync(join(root, 'api-reference', version, 'api'), { recursive: true });
      writeFileSync(join(root, 'api-reference', version, 'api', 'intune-x-create.md'), '# page');
    }
    const names = (input: string) => collectPages([input], /^(beta|v1\.0)\/api\/intune-/).map((found) => found.relativePath);
    expect(names(join(root, 'api-reference'))).toEqual(['beta/api/intune-x-create.md', 'v1.0/api/intune-x-create.md']);
    expect(names(join(root, 'api-reference', 'v1.0'))).toEqual(['v1.0/api/intune-x-create.md']);
    expect(names(join(root, 'api-reference', 'v1.0', 'api'))).toEqual(['v1.0/api/intune-x-create.md']);
    expect(names(join(root, 'api-reference', 'beta', 'api', 'intune-x-create.md'))).toEqual(['beta/api/intune-x-create.md']);
  });
});
