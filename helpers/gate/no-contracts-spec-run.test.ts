// CONTRACTS_DIR set to a folder of doc pages (a natural first mistake: the pages are what a
// user has), end to end: the run fails on 'there are contracts to run' with why and what to
// do, never `No contract ... matches CONTRACT=""` while CONTRACT is empty.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixturePages } from '../parse/fixtures/fixture-pages.ts';
import { runGateSync } from '../testing/child-vitest.ts';

test('CONTRACTS_DIR holding doc pages: the run says so and how to build them, once', () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-pages-as-contracts-'));
  const pages = join(work, 'pages');
  mkdirSync(join(pages, 'beta'), { recursive: true });
  writeFileSync(join(pages, 'beta/widget-create.md'), fixturePages.md);
  writeFileSync(join(pages, 'beta/widget-create.txt'), fixturePages.text);
  const child = runGateSync({ CONTRACTS_DIR: pages, REPORTS_DIR: join(work, 'reports'), GRAPH_TARGET: 'mock', CONTRACT: '' });
  const output = child.stdout + child.stderr;
  expect(child.status, output).toBe(1);
  expect(output).toContain(`CONTRACTS_DIR=${pages} holds 2 doc pages (.md, .txt) and no contract (.json): build contracts from them first (npx graph-contracts build ${pages} --out <folder>)`);
  expect(output.split('holds 2 doc pages').length - 1, 'said once').toBe(1);
  expect(output).not.toContain('CONTRACT=""');
}, 130_000);
