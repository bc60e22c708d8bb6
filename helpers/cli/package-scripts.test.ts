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
