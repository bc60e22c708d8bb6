// A package's own bin is not on its npm scripts' PATH (npm links only dependencies' bins into
// node_modules/.bin): a script calling `graph-contracts ...` exits 127 on a fresh clone. Scripts
// run the bin by its path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };

test('no npm script calls the package\'s own bin by name', () => {
  const own = Object.keys(pkg.bin);
  const calling = Object.entries(pkg.scripts).filter(([, command]) => command.split(/[;&|]+/).some((part) => own.includes(part.trim().split(/\s+/)[0] ?? '')));
  expect(calling).toEqual([]);
  expect(pkg.scripts.sweep).toBe(`node ${pkg.bin['graph-contracts']} sweep`);
});

// What a user keeps in contracts/ (a docs-sync's contrib/, a broken file) is the gate's input,
// never the tests': `npm test` runs the project's own tests on their own fixtures, and writes its
// JUnit to a folder of its own, so it neither reads the gate's input nor replaces its report set.
test('npm test runs the unit project only, reporting beside the gate\'s reports; npm run spec is the gate', () => {
  expect(pkg.scripts.test).toMatch(/\bvitest run --project unit$/);
  expect(pkg.scripts.test).toMatch(/\bREPORTS_DIR=reports\/tests\b/);
  expect(pkg.scripts.test).toMatch(/\bGRAPH_TARGET=mock\b/);
  expect(pkg.scripts.spec).toBe("vitest run --project 'contracts*'");
});
