// `npm run docs`: rewrites every generated section of the reference pages from the code's tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPages, withGeneratedSections } from '../helpers/docs/generated-sections.ts';

for (const page of generatedPages()) {
  const file = join(import.meta.dirname, '..', page);
  const before = readFileSync(file, 'utf8');
  const after = withGeneratedSections(page, before);
  if (after !== before) writeFileSync(file, after);
  console.log(`${page}: ${after === before ? 'up to date' : 'written'}`);
}
