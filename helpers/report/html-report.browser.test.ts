// The HTML report in a real browser: Debian's chromium, driven by playwright-core (no browser
// download), at 1,280 px. A corpus-size report with failures (built by the real report builder
// and renderer from check results) is loaded from a file, the filter is used, and what a person
// sees is asserted: failures first, passes collapsed, every check column on screen with no
// horizontal scroll, the filter's count, a failure's link to its page line. Where there is no
// chromium (`.ci/run` installs it where apt can) the test says so in its name and is skipped.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_NAMES, type CheckFailure, type CheckName } from '../checks/check-types.ts';
import type { ExpectationsFile } from '../gate/expectations-file.ts';
import type { ContractCheckMeta, ContractRunMeta, PathIdentity } from '../gate/path-outcome.ts';
import type { LintFinding } from '../model/lint-finding.ts';
import { buildContractReport } from './contract-report.ts';
import { renderHtml } from './render-html.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const WIDTH = 1280;
const DOCS = 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/main/api-reference/';

// 1,500 paths as the corpus has: a few broken contracts (one failing check each, some two), some
// skips, the rest passing; paths long enough to push columns off screen if they did not wrap.
const PATHS = 1500;
const broken = new Map<number, CheckName[]>([[7, ['echo']], [90, ['json']], [311, ['status', 'echo']], [640, ['id']], [1001, ['echo']], [1400, ['json', 'id']]]);
const skippedEvery = 97;

const FAILURE: Record<CheckName, CheckFailure> = {
  status: { code: 'STATUS_MISMATCH', message: 'expected 201, got 200', sent: 201, received: 200 },
  json: { code: 'SCHEMA_VIOLATION', field: 'uploadState', message: 'must be equal to one of the allowed values', received: 11 },
  echo: { code: 'ECHO_MISMATCH', field: 'displayName', message: 'the response does not echo the sent value', sent: 'Contoso', received: 'contoso' },
  id: { code: 'ID_MISSING', field: 'id', message: 'the response has no id' },
};

function identity(index: number): PathIdentity {
  const version = index % 3 === 0 ? 'v1.0' : 'beta';
  const resource = `intuneResource${String(index).padStart(4, '0')}`;
  // An unbroken 160-character segment: only wrapping anywhere keeps it in its column.
  return { contract: `${version}/api/intune-${resource.toLowerCase()}-create`, resource, apiVersion: version, dialect: 'md-front-matter',
    pathTemplate: `/deviceManagement/managedAppRegistrations/{managedAppRegistrationId}/${'appliedPoliciesWithAVeryLongName'.repeat(5)}/{id}/${resource}s` };
}

function metasOf(index: number): ContractCheckMeta[] {
  const id = identity(index);
  if (index % skippedEvery === 0) return [{ identity: id, check: 'status', outcome: 'skipped', skipReason: 'needs DeviceManagementApps.ReadWrite.All' }];
  const failing = broken.get(index) ?? [];
  return CHECK_NAMES.map((check): ContractCheckMeta => {
    if (!failing.includes(check)) return { identity: id, check, outcome: 'passed', status: 201, retries: [], result: { check, ok: true, failures: [] } };
    const where = { file: `${id.contract}.md`, line: 40 + index % 30, section: 'Properties', field: FAILURE[check].field ?? 'id' };
    return { identity: id, check, outcome: 'failed', status: 201, retries: [], result: { check, ok: false, failures: [{ ...FAILURE[check], where }] } };
  });
}

const runs: ContractRunMeta[] = [{ target: 'mock', contracts: PATHS, cleanup: { deleted: 0, leftovers: [] } }];
const report = buildContractReport(Array.from({ length: PATHS }, (_, index) => metasOf(index)).flat(), runs, [], new Date('2026-01-01T00:00:00Z'), 'browser-run', { docsBaseUrl: DOCS });
const failedPaths = broken.size;
const echoFailures = [...broken.values()].filter((checks) => checks.includes('echo')).length;

/** What is on screen: visible groups in order with open state, visible rows, the filter count, scroll width. */
async function view(page: Page) {
  return page.evaluate(() => ({
    groups: [...document.querySelectorAll<HTMLDetailsElement>('details.group')].filter((g) => !g.hidden).map((g) => `${g.className.replace('group ', '')}${g.open ? ' open' : ''}`),
    visibleRows: [...document.querySelectorAll<HTMLElement>('tbody.row')].filter((r) => r.checkVisibility()).length,
    shown: document.getElementById('shown')?.textContent ?? '',
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    hash: decodeURIComponent(location.hash),
  }));
}

/** The right edge of every header cell of the first open table, and whether each is visible. */
async function headerCells(page: Page) {
  return page.evaluate(() => {
    const table = [...document.querySelectorAll('details.group[open] table.paths')].find((t) => t.checkVisibility());
    return [...(table?.querySelectorAll('th') ?? [])].map((th) => ({ text: th.textContent ?? '', right: th.getBoundingClientRect().right, width: th.getBoundingClientRect().width }));
  });
}

/** The rendered report opened from a file in chromium at 1,280 x 900; `close` ends both. */
async function openInChromium(rendered: string, name: string): Promise<{ page: Page; file: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `html-report-${name}-`));
  const file = join(dir, 'contract-report.html');
  writeFileSync(file, rendered);
  // Root in a container: no sandbox; the new headless mode renders as a window does.
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'], timeout: 20_000 });
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  return { page, file, close: async () => { await browser.close(); rmSync(dir, { recursive: true, force: true }); } };
}

describe.skipIf(!hasChromium)(hasChromium ? 'the HTML report in chromium at 1,280 px' : `the HTML report in a browser: skipped, no ${CHROMIUM} (apt-get install chromium; .ci/run does)`, () => {
  let page: Page;
  let file: string;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, file, close } = await openInChromium(renderHtml(report), 'corpus'));
  }, 30_000);

  afterAll(async () => close?.());

  test('opens on failures first, skips next, passes collapsed; every check column on screen, no horizontal scroll', async () => {
    const seen = await view(page);
    expect(seen.groups).toEqual(['failed open', 'skipped open', 'passed']);
    expect(seen.visibleRows).toBe(failedPaths + report.totals.skipped);
    expect(seen.shown).toBe(`${PATHS} paths`);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth);
    const headers = await headerCells(page);
    expect(headers.map((h) => h.text)).toEqual(['resource', 'path', 'HTTP', ...CHECK_NAMES, 'retries']);
    for (const header of headers) {
      expect(header.width, header.text).toBeGreaterThan(20);
      expect(header.right, header.text).toBeLessThanOrEqual(WIDTH);
    }
    await expect.poll(() => page.locator('details.passed tbody.row').first().isVisible()).toBe(false);
  });

  test('a failure shows its page line, linked to the published page', async () => {
    const row = page.locator('tbody.row[data-outcome="failed"]', { hasText: 'intuneResource0007' });
    const link = row.locator('.loc a');
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe('beta/api/intune-intuneresource0007-create.md:47');
    expect(await link.getAttribute('href')).toBe(`${DOCS}beta/api/intune-intuneresource0007-create.md#L47`);
  });

  test('the filter by outcome, check and text shows only matching rows, counts them and keeps them in the URL', async () => {
    await page.selectOption('#outcome', 'failed');
    let seen = await view(page);
    expect(seen).toMatchObject({ groups: ['failed open'], visibleRows: failedPaths, shown: `${failedPaths} of ${PATHS} paths match`, hash: '#outcome=failed' });

    await page.selectOption('#check', 'echo');
    seen = await view(page);
    expect(seen).toMatchObject({ visibleRows: echoFailures, shown: `${echoFailures} of ${PATHS} paths match`, hash: '#outcome=failed&check=echo' });

    await page.fill('#text', 'intuneResource1001');
    seen = await view(page);
    expect(seen).toMatchObject({ visibleRows: 1, shown: `1 of ${PATHS} paths match`, hash: '#outcome=failed&check=echo&text=intuneResource1001' });

    // Passes: their collapsed group opens for the filter, and the long paths still wrap.
    await page.selectOption('#check', '');
    await page.fill('#text', '');
    await page.selectOption('#outcome', 'passed');
    seen = await view(page);
    expect(seen).toMatchObject({ groups: ['passed open'], visibleRows: report.totals.passed, shown: `${report.totals.passed} of ${PATHS} paths match` });
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth);
    for (const header of await headerCells(page)) expect(header.right, header.text).toBeLessThanOrEqual(WIDTH);
  });

  test('a filtered view reloads from its URL', async () => {
    await page.goto(`${pathToFileURL(file).href}#outcome=failed&check=json`);
    await page.reload();
    const seen = await view(page);
    const jsonFailures = [...broken.values()].filter((checks) => checks.includes('json')).length;
    expect(seen).toMatchObject({ groups: ['failed open'], visibleRows: jsonFailures, shown: `${jsonFailures} of ${PATHS} paths match` });
    expect(await page.inputValue('#outcome')).toBe('failed');
    expect(await page.inputValue('#check')).toBe('json');
  });
});

// A nightly tenant run with a baseline, as the stand-in produces: 306 paths, most of the
// failures known refusals (expected), a few news (unexpected), a model check with findings
// whose messages and page paths are long; the verdict must come first and the page fit.
const TENANT_PATHS = 306;
const refusedEvery = 2;
const unexpectedAt = new Set([5, 77, 150]);
function tenantMetas(index: number): ContractCheckMeta[] {
  const id = identity(index);
  const refused = index % refusedEvery === 0 || unexpectedAt.has(index);
  if (!refused) return CHECK_NAMES.map((check): ContractCheckMeta => ({ identity: id, check, outcome: 'passed', status: 201, retries: [], result: { check, ok: true, failures: [] }, classified: { outcome: 'passed', rule: 'created-as-documented' } }));
  const outcome = index % 6 === 0 ? 'not-creatable' : 'example-refused';
  return CHECK_NAMES.map((check): ContractCheckMeta => ({ identity: id, check, outcome: 'failed', status: 400, retries: [], result: { check, ok: false, failures: [{ code: 'STATUS_MISMATCH', message: 'expected 201, got 400' }] }, classified: { outcome, rule: outcome === 'not-creatable' ? 'no-route-for-post' : 'example-refused', code: 'BadRequest' } }));
}
const tenantExpectations: ExpectationsFile = {
  format: 1,
  expectations: Object.fromEntries(Array.from({ length: TENANT_PATHS }, (_, index) => index).filter((index) => index % refusedEvery === 0 && !unexpectedAt.has(index)).map((index) => {
    const id = identity(index);
    return [id.contract, { [id.pathTemplate]: { outcome: index % 6 === 0 ? 'not-creatable' : 'example-refused', code: 'BadRequest' } }];
  })),
};
const longFinding = (index: number): LintFinding => ({
  code: 'POST_PATH_UNRESOLVED', severity: index % 2 ? 'warning' : 'error', file: `beta/api/intune-${'averyveryverylongresourcenamewithoutbreaks'.repeat(3)}-${index}-create.md`, line: 40 + index, resource: 'r', models: ['$metadata beta'],
  message: `POST ${'/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration'.repeat(3)} does not resolve: ${'navigationPropertyWithAVeryLongName'.repeat(6)}`,
});
const tenantRuns: ContractRunMeta[] = [{ target: 'https://graph.microsoft.com/<contract version> (tenant 11111111-2222-3333-4444-555555555555)', contracts: TENANT_PATHS, cleanup: { deleted: 150, leftovers: [] },
  modelCheck: { source: 'live', models: [{ label: '$metadata beta', version: 'beta', source: 'x' }], findings: Array.from({ length: 12 }, (_, index) => longFinding(index)), notLinted: [], requests: 1, retries: [], errors: [], required: false, checkedFiles: [] } }];
const tenantReport = buildContractReport(Array.from({ length: TENANT_PATHS }, (_, index) => tenantMetas(index)).flat(), tenantRuns, [], new Date('2026-01-01T00:00:00Z'), 'tenant-run', { expectations: tenantExpectations, expectationsFile: 'expectations/tenant.json' });

describe.skipIf(!hasChromium)(hasChromium ? 'a tenant report with a baseline in chromium at 1,280 px' : `a tenant report in a browser: skipped, no ${CHROMIUM}`, () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openInChromium(renderHtml(tenantReport), 'tenant'));
  }, 30_000);

  afterAll(async () => close?.());

  test('leads with the verdict against the baseline: unexpected, as expected, fixed, passed', async () => {
    const { expectations, totals } = tenantReport;
    expect(expectations.unexpected).toBe(unexpectedAt.size);
    const verdict = await page.locator('.verdict b').first().textContent();
    expect(verdict).toBe(`${unexpectedAt.size} unexpected`);
    const tiles = await page.locator('.tiles .tile').allTextContents();
    expect(tiles.map((text) => text.replace(/^\d+/, ''))).toEqual(['unexpected', 'as expected', 'fixed', 'passed', 'skipped', 'paths']);
    expect(tiles[1]).toBe(`${expectations.expectedFailures}as expected`);
    expect(tiles[3]).toBe(`${totals.passed}passed`);
  });

  test('unexpected failures first and open, expected ones collapsed by class, passes last', async () => {
    const seen = await view(page);
    expect(seen.groups).toEqual(['failed open', 'skipped', 'skipped', 'passed']);
    const titles = await page.locator('details.group > summary h2').allTextContents();
    expect(titles).toEqual([`Unexpected (${unexpectedAt.size})`, expect.stringMatching(/^As expected: (example-refused|not-creatable) \(\d+\)$/), expect.stringMatching(/^As expected: (example-refused|not-creatable) \(\d+\)$/), expect.stringMatching(/^Passed \(\d+\)$/)]);
    expect(seen.visibleRows).toBe(unexpectedAt.size);
  });

  test('fits 1,280 px: the model check table and its long paths and messages wrap', async () => {
    const seen = await view(page);
    expect(seen.scrollWidth).toBeLessThanOrEqual(WIDTH);
    const table = await page.evaluate(() => document.querySelector('#model-check table')?.getBoundingClientRect().right ?? 0);
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThanOrEqual(WIDTH);
    // Every group opened (what a person does to read it all) still fits.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    const opened = await view(page);
    expect(opened.scrollWidth).toBeLessThanOrEqual(WIDTH);
  });
});

// A stand-in run with the July 2021 models and no baseline, as `npm run spec:stand-in` makes it:
// 1,556 paths, 360 refused (4 failing checks each, echo and id sharing Graph's error), and 2,611
// model findings. What failed must be in the first screen, not below the findings.
const STAND_IN_PATHS = 1556;
const refusedAt = (index: number) => index % 4 === 1 && index < 4 * 360;
function standInMetas(index: number): ContractCheckMeta[] {
  const id = identity(index);
  if (!refusedAt(index)) return CHECK_NAMES.map((check): ContractCheckMeta => ({ identity: id, check, outcome: 'passed', status: 201, retries: [], result: { check, ok: true, failures: [] }, classified: { outcome: 'passed', rule: 'created-as-documented' } }));
  const answer: CheckFailure = { code: 'BODY_UNAVAILABLE', message: 'HTTP 403 is not a created entity: Forbidden: Application is not authorized to perform this operation.' };
  const failures: Record<CheckName, CheckFailure> = { status: { code: 'STATUS_MISMATCH', message: 'Expected HTTP 201, received 403.', sent: 201, received: 403 }, json: { code: 'SCHEMA_VIOLATION', field: '/', message: "/ must have required property 'id' (schema #/required)." }, echo: answer, id: answer };
  return CHECK_NAMES.map((check): ContractCheckMeta => ({ identity: id, check, outcome: 'failed', status: 403, retries: [], result: { check, ok: false, failures: [failures[check]] }, classified: { outcome: 'not-permitted', rule: 'not-permitted', code: 'Forbidden', message: 'Application is not authorized to perform this operation.' } }));
}
const standInRuns: ContractRunMeta[] = [{ target: 'http://127.0.0.1:9/<contract version> (tenant 11111111-2222-3333-4444-555555555555)', contracts: 1020, cleanup: { deleted: 1112, leftovers: [] },
  modelCheck: { source: 'beta=beta-2021-07-13.xml,v1.0=v1.0-2021-07-13.xml', models: [{ label: 'beta-2021-07-13', version: 'beta', source: 'beta-2021-07-13.xml' }], findings: Array.from({ length: 2611 }, (_, index) => longFinding(index)), notLinted: [], requests: 0, retries: [], errors: [], required: false, checkedFiles: [] } }];
const standInReport = buildContractReport(Array.from({ length: STAND_IN_PATHS }, (_, index) => standInMetas(index)).flat(), standInRuns, [], new Date('2026-01-01T00:00:00Z'), 'stand-in-run');

describe.skipIf(!hasChromium)(hasChromium ? 'a stand-in run with 2,611 model findings and no baseline in chromium at 1,280 px' : `a stand-in report in a browser: skipped, no ${CHROMIUM}`, () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openInChromium(renderHtml(standInReport), 'stand-in'));
  }, 30_000);

  afterAll(async () => close?.());

  test('the first failed row is within the first 1,000 px; the model check is below the paths, folded, with its counts', async () => {
    expect(standInReport.totals.failed).toBe(360);
    const layout = await page.evaluate(() => {
      const top = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().top + window.scrollY : -1);
      const firstFailed = [...document.querySelectorAll('tbody.row[data-outcome="failed"]')].find((row) => (row as HTMLElement).checkVisibility());
      const model = document.getElementById('model-check') as HTMLDetailsElement | null;
      return { firstFailed: top(firstFailed), model: top(model), modelOpen: model?.open, tally: model?.querySelector('.tally')?.textContent, findingsShown: [...document.querySelectorAll('tr.finding')].filter((row) => (row as HTMLElement).checkVisibility()).length };
    });
    expect(layout.firstFailed).toBeGreaterThan(0);
    expect(layout.firstFailed).toBeLessThan(1000);
    expect(layout.model).toBeGreaterThan(layout.firstFailed);
    expect(layout).toMatchObject({ modelOpen: false, tally: '2611 findings (1306 errors, 1305 warnings)', findingsShown: 0 });
  });

  test('the text filter filters the model findings too, and opens them on a match', async () => {
    await page.fill('#text', 'intune-averyveryverylongresourcenamewithoutbreaksaveryveryverylongresourcenamewithoutbreaksaveryveryverylongresourcenamewithoutbreaks-17-create');
    const seen = await page.evaluate(() => ({
      open: (document.getElementById('model-check') as HTMLDetailsElement).open,
      shown: [...document.querySelectorAll('tr.finding')].filter((row) => (row as HTMLElement).checkVisibility()).length,
      match: document.querySelector('#model-check .match')?.textContent,
    }));
    expect(seen).toEqual({ open: true, shown: 1, match: '1 of 2611 findings match' });
    await page.fill('#text', '');
    expect(await page.evaluate(() => (document.getElementById('model-check') as HTMLDetailsElement).open)).toBe(false);
  });

  test('a failing row says each thing once', async () => {
    const why = await page.locator('tbody.row[data-outcome="failed"] tr.why').first().textContent();
    expect(why).toContain('echo, id BODY_UNAVAILABLE: HTTP 403 is not a created entity');
    expect(why!.match(/HTTP 403 is not a created entity/g)).toHaveLength(1);
    expect(why).not.toContain('sent 201');
  });
});
