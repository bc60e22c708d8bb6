// The variable table is the one list: every variable a run, a bench script or a test reads is
// in it, and every row is read somewhere, so docs/configuration.md (generated from it) is complete.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENV_VARIABLES } from './env-variables.ts';
import { DEFAULT_RUN_CONFIG, TARGET_KINDS } from './run-config.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = ['helpers', 'bench', 'specs', 'scripts'].flatMap((folder) => files(join(ROOT, folder))).concat(join(ROOT, 'vitest.config.ts'));

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : files(path);
    return entry.name.endsWith('.ts') && !path.endsWith('env-variables.ts') ? [path] : [];
  });
}

// How the code reads a variable: process.env.X, environment.X, or a reader given its name.
const READ = /(?:process\.env|environment)\.([A-Z][A-Z0-9_]+)|\bread(?:Text|Int|IntVariable|Choice|Boolean|BaseUrl|Url|Guid|List|Secret)?\(\s*(?:env,\s*)?'([A-Z][A-Z0-9_]+)'/g;

function readsIn(path: string): string[] {
  if (path.endsWith('.test.ts') && !path.endsWith('fuzz-build.test.ts')) return [];
  return [...readFileSync(path, 'utf8').matchAll(READ)].map((match) => match[1] ?? match[2] ?? '');
}

const listed = new Set(ENV_VARIABLES.map((variable) => variable.name));
const read = new Map(SOURCES.flatMap((path) => readsIn(path).map((name) => [name, relative(ROOT, path)] as const)));

describe('the environment variable table', () => {
  test('lists every variable the code reads', () => {
    expect([...read].filter(([name]) => !listed.has(name)).map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  test('has no row the code does not read', () => {
    const unread = ENV_VARIABLES.map((variable) => variable.name).filter((name) => !read.has(name) && name !== 'GRAPH_PARAM_<name>');
    expect(unread).toEqual([]);
  });

  test('agrees with the defaults and choices the run config declares', () => {
    const row = (name: string) => ENV_VARIABLES.find((variable) => variable.name === name)?.value;
    expect(row('GRAPH_TARGET')).toMatchObject({ choices: [...TARGET_KINDS], default: DEFAULT_RUN_CONFIG.target });
    expect(row('SPEC_CONCURRENCY')).toMatchObject({ default: DEFAULT_RUN_CONFIG.specConcurrency });
    expect(row('CONTRACT_SHARDS')).toMatchObject({ default: DEFAULT_RUN_CONFIG.contractShards });
    expect(row('CONTRACTS_DIR')).toMatchObject({ default: DEFAULT_RUN_CONFIG.contractsDir });
    expect(row('REPORTS_DIR')).toMatchObject({ default: DEFAULT_RUN_CONFIG.reportsDir });
  });

  test('.env.example names only listed variables', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1] ?? '').filter((name) => !name.startsWith('GRAPH_PARAM_'));
    expect(names.filter((name) => !listed.has(name))).toEqual([]);
  });
});
