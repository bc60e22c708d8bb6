import { expect, test } from 'vitest';
import { DEFAULT_RUN_CONFIG } from '../config/run-config.ts';
import { createRunContext } from '../config/run-context.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { selectTarget } from './select-target.ts';

test('the default configuration selects the mock', async () => {
  const target = await selectTarget(createRunContext({ ...DEFAULT_RUN_CONFIG }), [contractFixture()]);
  try {
    expect(target.kind).toBe('mock');
    expect(target.describe()).toContain('nock mock');
  } finally {
    await target.close();
  }
});

test('GRAPH_TARGET=replay selects the replay target over RECORDINGS_DIR', async () => {
  const target = await selectTarget(createRunContext({ ...DEFAULT_RUN_CONFIG, target: 'replay', replay: { dir: '/nonexistent/recordings', strict: false } }), [contractFixture()]);
  try {
    expect(target.kind).toBe('replay');
    expect(target.describe()).toBe('replay of /nonexistent/recordings');
    expect(target.recordings?.().replay?.problems.map((p) => p.code)).toEqual(['RECORDINGS_DIR_MISSING']);
  } finally {
    await target.close();
  }
});
