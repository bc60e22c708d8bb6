// Without ../shared, every test that needs it says the same one line: what is missing and where.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameNeeding, requireSharedData, sharedData, SharedDataMissingError } from './shared-data.ts';

describe('sharedData', () => {
  const checkout = mkdtempSync(join(tmpdir(), 'gc-shared-'));
  const noShared = join(checkout, 'shared');

  it('names the missing folder, where it was looked for, and what it is for, in one line', () => {
    const corpus = sharedData(['corpus'], noShared);
    expect(corpus.path).toBe(join(noShared, 'corpus'));
    expect(corpus.missing).toBe(`../shared/corpus is missing (no ${noShared}): these tests read the shared input data (doc pages, corpus, service models, docs history), which must sit beside the checkout as ../shared`);
    expect(corpus.missing).not.toContain('\n');
  });

  it('names the missing part when ../shared is there without it', () => {
    const shared = join(checkout, 'partial');
    mkdirSync(join(shared, 'corpus'), { recursive: true });
    expect(sharedData(['corpus'], shared).missing).toBeUndefined();
    expect(sharedData(['metadata', 'beta-2021-07-13.xml'], shared).missing).toMatch(/^\.\.\/shared\/metadata\/beta-2021-07-13\.xml is missing \(no .*partial\/metadata\/beta-2021-07-13\.xml\)/);
  });

  it('throws the same line, coded, for a module that needs the data at collection', () => {
    const line = sharedData(['seeds'], noShared).missing;
    expect(() => requireSharedData(['seeds'], noShared)).toThrow(expect.objectContaining({ code: 'SHARED_DATA_MISSING', message: line }));
    expect(() => requireSharedData(['seeds'], noShared)).toThrow(SharedDataMissingError);
  });

  it('puts the line into the name of a skipped test, and leaves a present one alone', () => {
    const missing = sharedData(['corpus'], noShared);
    expect(nameNeeding('the shared corpus', missing)).toBe(`the shared corpus (skipped: ${missing.missing})`);
    expect(nameNeeding('the shared corpus', { path: '/x', missing: undefined })).toBe('the shared corpus');
  });
});
