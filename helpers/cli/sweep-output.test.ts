// What sweep prints and its exit code: only real deletions counted as deleted, every entity
// left and everything not reached on a line of its own with why, exit 1 for either.
import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../targets/tenant/sweep-leftovers.ts';
import { renderSweep, sweepExitCode } from './sweep-output.ts';

const clean: SweepResult = {
  deleted: 5,
  deletedBy: { journal: 3, marker: 1, fields: 1 },
  alreadyGone: 2,
  leftovers: [],
  unreachable: [],
  retries: [],
  scanned: ['/a', '/b'],
  notScanned: [{ path: '/c', kind: 'no-marker', reason: 'c has no marker field' }, { path: '/d', kind: 'no-marker', reason: 'd has no marker field' }, { path: '/e', kind: 'not-listed', reason: 'GET /e answered 400' }],
  journals: { read: 2, removed: 2, kept: [], skipped: [] },
};

describe('renderSweep', () => {
  it('counts deletions apart from what was already gone, and says what was not searched and why', () => {
    expect(renderSweep(clean, 'tenant-1', 'gc-').split('\n')).toEqual([
      'Swept tenant tenant-1: deleted 5 (3 listed in run journals, 1 found by the marker "gc-", 1 found by the fields an unanswered create sent); 2 already gone; 0 could not be deleted; 0 could not be reached.',
      'Listed 2 collections, each once; not searched by marker: 2 of contracts with no marker field, 1 that could not be listed (what runs create there is found through their journals).',
      'Journals: 2 read, 2 removed (nothing of theirs left), 0 kept, 0 skipped.',
      '  not listed: /e: GET /e answered 400',
      '',
    ]);
    expect(sweepExitCode(clean)).toBe(0);
  });

  it.each([
    ['an entity it could not delete', { leftovers: [{ path: '/a', id: '1', reason: 'DELETE answered 403: no' }] }, '  left: /a/1: DELETE answered 403: no'],
    ['something it could not reach', { unreachable: [{ what: 'journal j.jsonl', reason: 'line 2 is not a journal record' }] }, '  not reached: journal j.jsonl: line 2 is not a journal record'],
  ])('exits 1 on %s, naming it with why', (_name, change, line) => {
    const result = { ...clean, ...change };
    expect(renderSweep(result, 't', 'gc-').split('\n')).toContain(line);
    expect(sweepExitCode(result)).toBe(1);
  });
});
