import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withPageProblemTable } from './problem-table.ts';

test('the README lists every page problem code as the registry defines it (run npm run docs:codes)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(withPageProblemTable(readme) === readme, 'README.md is behind the problem registry: run "npm run docs:codes"').toBe(true);
});
