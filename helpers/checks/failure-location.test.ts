// A check failure points at the page line of the fact it compared against, in every dialect.
import { describe, expect, test } from 'vitest';
import { buildPage } from '../contract/build-page.ts';
import { createBodyValidator } from '../contract/body-validator.ts';
import { createAjv } from '../contract/create-ajv.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import { fixturePages } from '../parse/fixtures/fixture-pages.ts';
import { locateFailure } from './failure-location.ts';

const validate = createBodyValidator(createAjv({ allErrors: false }));

function built(name: string, page: string): Contract {
  const outcome = buildPage(name, new TextEncoder().encode(page), validate);
  if (outcome.status !== 'built') throw new Error(`fixture ${name} did not build`);
  return outcome.contract;
}

/** The 1-based line of the first line of `page` that contains `needle`. */
const lineOf = (page: string, needle: RegExp) => page.split(/\r?\n/).findIndex((line) => needle.test(line)) + 1;

describe.each(Object.entries(fixturePages))('%s dialect', (dialect, page) => {
  const contract = built(`widget.${dialect === 'text' ? 'txt' : 'md'}`, page);

  test.each([
    ['an echoed field, nested', 'echo', 'parts[0].name', /^\|?\s*parts\b/, 'Properties'],
    ['a schema failure (JSON pointer)', 'json', '/spinCount', /^\|?\s*spinCount\b/, 'Properties'],
  ] as const)('%s names its property row', (_name, check, field, row, section) => {
    const where = locateFailure(contract, check, { code: 'ECHO_MISMATCH', field, message: 'm' });
    expect(where).toEqual({ file: contract.source.file, line: lineOf(page, row), section, field });
  });

  test('the status names the example response status line', () => {
    const where = locateFailure(contract, 'status', { code: 'STATUS_MISMATCH', message: 'got 200' });
    expect(where.line).toBe(lineOf(page, /^HTTP\/1\.1 201/));
    expect(formatDiagnostic(where, 'got 200', 'STATUS_MISMATCH')).toBe(`${contract.source.file}:${where.line} > Example response: got 200 [STATUS_MISMATCH]`);
  });
});

test('a contract built before lines were recorded still gets its page and field', () => {
  const contract = built('widget.md', fixturePages.md);
  delete contract.source.lines;
  expect(locateFailure(contract, 'echo', { code: 'ECHO_MISSING', field: 'color', message: 'm' })).toEqual({ file: 'widget.md', section: 'Properties', field: 'color' });
});

test('a property read on the resource page is located at its row there', () => {
  const contract = built('widget.md', fixturePages.md);
  const index = contract.properties.findIndex((property) => property.name === 'color');
  contract.source.propertySources = contract.properties.map((_property, at) => (at === index ? { from: 'resourcePage', file: 'beta/resources/widget.md', line: 31 } : { from: 'page', line: contract.source.lines!.properties[at]! }));
  expect(locateFailure(contract, 'json', { code: 'SCHEMA_VIOLATION', field: '/color', message: 'm' })).toEqual({ file: 'beta/resources/widget.md', line: 31, section: 'Properties', field: '/color' });
  expect(locateFailure(contract, 'json', { code: 'SCHEMA_VIOLATION', field: '/spinCount', message: 'm' }).file).toBe('widget.md');
});
