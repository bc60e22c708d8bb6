import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from './load-env.ts';

const NAMES = ['GC_LOAD_ENV_FROM_FILE', 'GC_LOAD_ENV_ALREADY_SET'];

describe('loadEnv', () => {
  afterEach(() => NAMES.forEach((name) => delete process.env[name]));

  it('adds the variables of the file, and the environment wins over it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gc-env-')), '.env');
    writeFileSync(file, 'GC_LOAD_ENV_FROM_FILE=from-file\nGC_LOAD_ENV_ALREADY_SET=from-file\n');
    process.env.GC_LOAD_ENV_ALREADY_SET = 'from-ci';
    const env = loadEnv(file);
    expect([env.GC_LOAD_ENV_FROM_FILE, env.GC_LOAD_ENV_ALREADY_SET]).toEqual(['from-file', 'from-ci']);
  });

  it('is quiet and harmless when there is no file', () => {
    expect(() => loadEnv(join(tmpdir(), 'no-such-dir-gc', '.env'))).not.toThrow();
  });
});

describe('loadEnv and the environment', () => {
  it('leaves process.env alone: only the returned map holds the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gc-env-')), '.env');
    writeFileSync(file, 'GC_LOAD_ENV_ONLY_IN_FILE=x\n');
    expect(loadEnv(file).GC_LOAD_ENV_ONLY_IN_FILE).toBe('x');
    expect(process.env.GC_LOAD_ENV_ONLY_IN_FILE).toBeUndefined();
  });
});
