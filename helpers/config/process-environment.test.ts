// The environment is read in one place: helpers/config (and tests). Any other module gets what
// it needs from there, so what a run or a child process sees can be found in one folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { childGateEnvironment, environmentVariable, inheritedEnvironment } from './process-environment.ts';

const ROOT = join(import.meta.dirname, '../..');
const CODE = /\.(ts|js|mjs)$/;

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/** Tests may read the environment; so may the test doubles under helpers/testing, which only tests run. */
const exempt = (path: string) => /\.test\.ts$/.test(path) || path.startsWith(`helpers${sep}config${sep}`) || path.startsWith(`helpers${sep}testing${sep}`);
// `process.env`, `process['env']`, `{ env } = process` and `globalThis.process.env` all read it.
const READS_ENV = /\bprocess\s*(?:\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*(?:globalThis\.)?process\b/;

describe('process.env', () => {
  test('is read only in helpers/config (and tests)', () => {
    const sources = ['helpers', 'bench', 'scripts', 'specs', 'bin'].flatMap((folder) => files(join(ROOT, folder))).concat(join(ROOT, 'vitest.config.ts'));
    const readers = sources.map((path) => relative(ROOT, path)).filter((path) => !exempt(path) && READS_ENV.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(readers).toEqual([]);
  });

  test('the check sees each way of reading it', () => {
    for (const text of ['process.env.X', "process['env']", 'const { env } = process;', 'process .env']) expect(READS_ENV.test(text), text).toBe(true);
    for (const text of ['environmentVariable(\'X\')', 'processEnvironment', 'child.env']) expect(READS_ENV.test(text), text).toBe(false);
  });
});

describe('childGateEnvironment', () => {
  afterEach(() => vi.unstubAllEnvs());

  test("keeps the parent's environment but for the run's own settings and the test runner's, and the caller's values win", () => {
    for (const [name, value] of Object.entries({ PATH_LIKE: 'kept', CONTRACT: 'x', GRAPH_TARGET: 'tenant', GRAPH_DOCS_BASE_URL: 'https://a/', VITEST_POOL_ID: '1', TINYPOOL_WORKER_ID: '2', NODE_ENV: 'test', AZURE_CLIENT_ID: 'kept-too' })) vi.stubEnv(name, value);
    const env = childGateEnvironment({ GRAPH_TARGET: 'mock', REPORTS_DIR: '/tmp/r' });
    expect(env).toMatchObject({ PATH_LIKE: 'kept', AZURE_CLIENT_ID: 'kept-too', GRAPH_TARGET: 'mock', REPORTS_DIR: '/tmp/r', NO_COLOR: '1' });
    for (const name of ['CONTRACT', 'GRAPH_DOCS_BASE_URL', 'VITEST_POOL_ID', 'TINYPOOL_WORKER_ID', 'NODE_ENV']) expect(env, name).not.toHaveProperty(name);
  });

  test('inheritedEnvironment keeps everything; environmentVariable reads one listed variable, empty as unset', () => {
    vi.stubEnv('CORPUS_DIR', '  /pages  ');
    vi.stubEnv('BENCH_RUNS', '');
    expect(inheritedEnvironment({ X_EXTRA: '1' })).toMatchObject({ CORPUS_DIR: '  /pages  ', X_EXTRA: '1' });
    expect(environmentVariable('CORPUS_DIR')).toBe('/pages');
    expect(environmentVariable('BENCH_RUNS')).toBeUndefined();
  });
});
