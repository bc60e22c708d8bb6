import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContracts, type BuildSummary } from './build-contracts.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

// Several hundred real pages prove the parser is general, not tuned to the five seeds.
const CORPUS = sharedData(['corpus']);

// Every page that fails must fail for a defect of the page itself, never a parser gap.
const REAL_PAGE_DEFECTS = new Set(['BROKEN_POST_PATH', 'NO_RESPONSE_ID']);

describe.skipIf(CORPUS.missing)(nameNeeding('the shared corpus', CORPUS), () => {
  // Collected even when skipped: without ../shared there is nothing to build.
  const summary: BuildSummary = CORPUS.missing ? { outcomes: [], built: 0, failed: 0, skipped: 0 } : buildContracts([CORPUS.path]);
  const built = new Map<string, Contract>();
  for (const outcome of summary.outcomes) if (outcome.status === 'built') built.set(outcome.file, outcome.contract);

  it('builds at least 99% of its pages', () => {
    const total = summary.built + summary.failed;
    expect(total).toBeGreaterThanOrEqual(1030);
    expect(summary.built / total).toBeGreaterThanOrEqual(0.99);
  });

  it('fails pages only for real defects of those pages', () => {
    const reasons = summary.outcomes.flatMap((outcome) =>
      outcome.status === 'failed' ? outcome.problems.filter((problem) => problem.fatal).map((problem) => `${problem.code} ${outcome.file}`) : []);
    expect(reasons.filter((reason) => !REAL_PAGE_DEFECTS.has(reason.split(' ')[0] ?? ''))).toEqual([]);
  });

  it('skips only the corpus README, which is not a doc page', () => {
    expect(summary.outcomes.filter((outcome) => outcome.status === 'skipped').map((outcome) => outcome.file)).toEqual(['README.md']);
  });

  it('gives a markdown page and its plain-text rendering the same contract, source aside', () => {
    const pairs = [...built.keys()].filter((file) => /^(beta|v1\.0)\//.test(file));
    const mismatched = pairs.filter((file) => {
      const text = built.get(`text/${file.replace(/\.md$/, '.txt')}`);
      const { source: _markdownSource, ...markdown } = built.get(file) as Contract;
      if (!text) return true;
      const { source: _textSource, ...plain } = text;
      return JSON.stringify(markdown) !== JSON.stringify(plain);
    });
    expect(pairs.length).toBeGreaterThanOrEqual(470);
    expect(mismatched).toEqual([]);
  });

  it('finds the v1.0 pages that call /beta/ from the v1.0 folder alone, as from the corpus root', () => {
    const mismatched = (inputs: string[]) =>
      buildContracts(inputs).outcomes.flatMap((outcome) => (outcome.status === 'built' && outcome.problems.some((problem) => problem.code === 'FOLDER_VERSION_MISMATCH') ? [outcome.file] : []));
    const cirrus = ['v1.0/intune-cirrus-officeclientconfigurationassignment-create.md', 'v1.0/intune-cirrus-windowsofficeclientconfiguration-create.md', 'v1.0/intune-cirrus-windowsofficeclientsecurityconfiguration-create.md'];
    expect(mismatched([join(CORPUS.path, 'v1.0')])).toEqual(cirrus);
    expect(mismatched([join(CORPUS.path, 'text', 'v1.0')])).toEqual(cirrus.map((file) => file.replace(/\.md$/, '.txt')));
    expect([...built.values()].filter((contract) => contract.docDefects.some((defect) => defect.code === 'FOLDER_VERSION_MISMATCH')).map((contract) => contract.source.file).sort())
      .toEqual([...cirrus, ...cirrus.map((file) => `text/${file.replace(/\.md$/, '.txt')}`)].sort());
  });

  it('writes no page prose into contracts: no description sentence survives', () => {
    const withProse = [...built.values()].filter((contract) => /Possible values|The following table|Learn more/.test(JSON.stringify({ ...contract, docDefects: [] })));
    expect(withProse.map((contract) => contract.source.file)).toEqual([]);
  });
});
