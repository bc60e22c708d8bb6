// The layout stays honest: helpers/ folders are the pipeline's stages in order, and a module
// may import only its own stage or an earlier one. Tests are exempt (an end-to-end test of the
// gate reads the report it produces), but they are the only importers of testing/, the test
// doubles. No import cycle between modules anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Earlier first. A stage may import itself and anything before it. */
export const STAGES = ['foundation', 'parse', 'contract', 'model', 'diff', 'config', 'targets', 'checks', 'gate', 'report', 'cli', 'docs', 'testing'] as const;

const HELPERS = import.meta.dirname;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : modules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function stageOf(path: string): string {
  return relative(HELPERS, path).split(sep)[0] ?? '';
}

const isTest = (path: string) => path.endsWith('.test.ts');
const files = modules(HELPERS);
const edges = new Map(files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2] ?? m[3])!)).filter((t) => t.startsWith(HELPERS + sep));
  return [file, targets] as const;
}));

describe('the import graph of helpers/', () => {
  test('every top-level folder is a known stage', () => {
    const folders = readdirSync(HELPERS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((name) => !(STAGES as readonly string[]).includes(name))).toEqual([]);
  });

  test('no module imports a later stage, and only tests import testing/', () => {
    const backEdges: string[] = [];
    for (const [file, targets] of edges) {
      const from = STAGES.indexOf(stageOf(file) as (typeof STAGES)[number]);
      for (const target of targets) {
        const stage = stageOf(target);
        const to = STAGES.indexOf(stage as (typeof STAGES)[number]);
        const allowed = isTest(file) || stageOf(file) === 'testing' || (stage !== 'testing' && to <= from);
        if (!allowed) backEdges.push(`${relative(HELPERS, file)} -> ${relative(HELPERS, target)}`);
      }
    }
    expect(backEdges).toEqual([]);
  });

  test('no import cycle between modules', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(HELPERS, f)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of edges.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
