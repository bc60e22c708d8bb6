// One hostile page costs only its own contract: the build still writes the others, names the
// failure on one line with its code and line, ends with `built N of M pages; K failed`, and
// exits 0 (the contracts were written; --strict would exit 1).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { fixturePages } from '../parse/fixtures/fixture-pages.ts';
import { ownPropertyPage, pageWithDeepExample, pageWithDeepMarkup } from '../testing/hostile-pages.ts';

async function build(pages: Record<string, string>, out = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'))) {
  const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-hostile-'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(folder, name), text);
  let stdout = '';
  const sink = new Writable({ write(chunk, _encoding, done) { stdout += String(chunk); done(); } });
  const code = await main(['build', folder, '--out', out], { out: sink, err: sink });
  return { code, lines: stdout.trimEnd().split('\n'), out };
}

describe('graph-contracts build over hostile pages', () => {
  it('fails only the hostile pages, each on one coded line with its line number, and closes with the count', async () => {
    const result = await build({
      '1-good.md': fixturePages.md,
      '2-deep-example.md': pageWithDeepExample(10_000, 'object'),
      '3-deep-quotes.md': pageWithDeepMarkup(10_000, '>'),
      '4-prototype-names.md': ownPropertyPage('md'),
      '5-good.txt': fixturePages.text,
    });
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      expect.stringMatching(/^FAILED 2-deep-example\.md:\d+( > Example)?: .* \[EXAMPLE_TOO_DEEP\]$/),
      expect.stringMatching(/^FAILED 3-deep-quotes\.md:\d+: .* \[MARKUP_TOO_DEEP\]$/),
      'built 3 of 5 pages; 2 failed (named above)',
    ]);
    expect(readdirSync(result.out).sort()).toEqual(['1-good.json', '4-prototype-names.json', '5-good.json']);
  });

  it('a contract that cannot be written fails its page (UNWRITABLE_CONTRACT), not the build', async () => {
    // A file where the contract's folder should be: refused even for root.
    const out = mkdtempSync(join(tmpdir(), 'graph-contracts-out-'));
    writeFileSync(join(out, 'locked'), 'not a folder');
    const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-hostile-'));
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'locked', 'widget.md'), fixturePages.md);
    writeFileSync(join(folder, 'widget.md'), fixturePages.md);
    let stdout = '';
    const sink = new Writable({ write(chunk, _encoding, done) { stdout += String(chunk); done(); } });
    const code = await main(['build', folder, '--out', out], { out: sink, err: sink });
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^FAILED locked\/widget\.md: its contract could not be written to .*locked\/widget\.json: .* \[UNWRITABLE_CONTRACT\]$/),
      'built 1 of 2 pages; 1 failed (named above)',
    ]);
  });
});
