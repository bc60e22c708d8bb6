// `npm run docs:codes`: rewrites the README's table of page problem codes from the registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPageProblemTable } from '../helpers/foundation/problem-table.ts';

const readme = join(import.meta.dirname, '../README.md');
writeFileSync(readme, withPageProblemTable(readFileSync(readme, 'utf8')));
console.log('README.md: page problem table written');
