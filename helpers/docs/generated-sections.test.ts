import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GENERATED_SECTIONS, endMarker, generatedPages, startMarker, withGeneratedSections } from './generated-sections.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');

describe('generated reference tables', () => {
  test.each(generatedPages())('%s is as the code says (run "npm run docs" when not)', (page) => {
    const text = read(page);
    expect(withGeneratedSections(page, text) === text, `${page} is behind the code's tables: run "npm run docs"`).toBe(true);
  });

  test.each(GENERATED_SECTIONS.map((section) => [section.page, section.name] as const))('%s holds the section %s exactly once', (page, name) => {
    const text = read(page);
    expect(text.split(startMarker(name)).length - 1).toBe(1);
    expect(text.split(endMarker(name)).length - 1).toBe(1);
  });

  test('a stale table is caught: one row changed in a copy of the page', () => {
    const page = 'docs/errors.md';
    const stale = read(page).replace('`ID_EMPTY`', '`ID_BLANK`');
    expect(withGeneratedSections(page, stale)).not.toBe(stale);
  });
});
