import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractJson } from '../contract/contract-json.ts';
import { LINT_RULES } from '../model/lint-rules.ts';
import { runCli } from '../testing/run-cli.ts';
import { WIDGET_CSDL, widgetContract, withProperty } from '../testing/widget-model.ts';

const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-lint-'));
const model = join(folder, 'widget-v1.0.xml');
const clean = join(folder, 'clean');
const drifted = join(folder, 'drifted');
writeFileSync(model, WIDGET_CSDL);
mkdirSync(clean);
mkdirSync(join(drifted, 'sub'), { recursive: true });
writeFileSync(join(clean, 'widget.json'), contractJson(widgetContract()));
writeFileSync(join(folder, 'not-a-contract.json'), '{"contractFormat": 1}');
const weighed = withProperty({ name: 'weight', type: 'Int32', collection: false, readOnly: false });
// Page lines as the build records them: the new row is the table's seventh.
const lines = { paths: [20, 21], properties: [30, 31, 32, 33, 34, 35, 36], exampleRequest: 50, exampleResponse: 60 };
writeFileSync(join(drifted, 'sub', 'widget.json'), contractJson({ ...weighed, source: { ...weighed.source, lines } }));

describe('graph-contracts lint', () => {
  it.each([
    ['an error finding, default --fail-on error', [drifted], 1],
    ['an error finding, --fail-on none', [drifted, '--fail-on', 'none'], 0],
    ['only a note, --fail-on warning', [clean, '--fail-on', 'warning'], 0],
  ])('exits by the policy: %s', async (_name, args, code) => {
    expect((await runCli(['lint', ...(args as string[]), '--metadata', model])).code).toBe(code);
  });

  it('prints each finding as page > resource/property: message [CODE] and counts per code', async () => {
    const result = await runCli(['lint', drifted, '--metadata', model]);
    expect(result.stdout).toContain('error pages/widget-create.md:36 > Properties > widget/weight: microsoft.graph.widget and its base types declare no property "weight" [PROPERTY_NOT_IN_MODEL]');
    expect(result.stdout).toContain('  PROPERTY_NOT_IN_MODEL: 1\n');
  });

  it('writes JSON with a summary per code', async () => {
    const result = await runCli(['lint', drifted, '--metadata', `global=${model}`, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.summary.byCode).toEqual({ FLAGS_ENUM: 1, PROPERTY_NOT_IN_MODEL: 1 });
    expect(json.findings[0]).toMatchObject({ file: 'pages/widget-create.md', models: ['global'] });
  });

  it('writes SARIF 2.1.0 to --out: one run, one rule per code, located results', async () => {
    const out = join(folder, 'lint.sarif');
    const result = await runCli(['lint', drifted, '--metadata', model, '--format', 'sarif', '--out', out]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(LINT_RULES.map((rule) => rule.code));
    const notInModel = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PROPERTY_NOT_IN_MODEL');
    expect(notInModel).toMatchObject({
      level: 'error',
      message: { text: expect.stringContaining('"weight"') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'pages/widget-create.md' }, region: { startLine: 36 } }, logicalLocations: [{ fullyQualifiedName: 'widget/weight' }] }],
    });
    expect(sarif.runs[0].tool.driver.rules[notInModel.ruleIndex].id).toBe('PROPERTY_NOT_IN_MODEL');
  });

  it('prints cloud availability for several labelled models', async () => {
    const usgov = join(folder, 'usgov.xml');
    writeFileSync(usgov, WIDGET_CSDL.replace('<Singleton Name="workshop" Type="microsoft.graph.workshop" />', ''));
    const result = await runCli(['lint', clean, '--metadata', `global=${model}`, '--metadata', `usgov=${usgov}`]);
    expect(result.stdout).toContain('  global: 1 / 1 of 1\n  usgov: 1 / 1 of 1\n');
    expect(result.stdout).toContain('(in usgov; not in global) [POST_PATH_UNRESOLVED]');
  });

  it.each([
    ['no --metadata', [clean], /needs at least one --metadata/],
    ['a bad --format', [clean, '--metadata', model, '--format', 'xml'], /--format "xml": expected one of text, json, sarif/],
    ['a bad --fail-on', [clean, '--metadata', model, '--fail-on', 'notes'], /--fail-on "notes"/],
    ['a label given twice', [clean, '--metadata', `a=${model}`, '--metadata', `a=${model}`], /label "a" is given twice/],
    ['a missing contracts folder', ['/no/such/contracts', '--metadata', model], /^graph-contracts lint: \/no\/such\/contracts: no such file or folder; build the contracts first .*\[CONTRACTS_DIR_UNREADABLE\]\n$/],
    ['a contract file that is not a contract (the others still linted)', [clean, join(folder, 'not-a-contract.json'), '--metadata', model], /not-a-contract\.json > \/source: is missing.*\[CONTRACT_FILE_INVALID\]/],
    ['a missing model', [clean, '--metadata', join(folder, 'none.xml')], /none\.xml: cannot read the model.*\[MODEL_UNREADABLE\]/],
  ])('exits 2 on %s', async (_name, args, message) => {
    const result = await runCli(['lint', ...(args as string[])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('names the file and line of a model that does not parse', async () => {
    const broken = join(folder, 'broken.xml');
    writeFileSync(broken, WIDGET_CSDL.replace('</ComplexType>', '</EntityType>'));
    const result = await runCli(['lint', clean, '--metadata', broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${broken}:37: not well-formed XML`);
    expect(result.stderr).toContain('[MODEL_UNPARSABLE]');
  });

  describe('with a model served over HTTP (127.0.0.1)', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/v1.0/$metadata') response.writeHead(200, { 'content-type': 'application/xml' }).end(WIDGET_CSDL);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches it, reading the version from the URL', async () => {
      const result = await runCli(['lint', drifted, '--metadata', `${base}/v1.0/$metadata`, '--format', 'json']);
      expect(JSON.parse(result.stdout)).toMatchObject({ models: [{ label: `${base.slice('http://'.length)}/v1.0`, version: 'v1.0' }], summary: { byCode: { PROPERTY_NOT_IN_MODEL: 1 } } });
    });

    it('exits 2 naming the URL when the server says no', async () => {
      const result = await runCli(['lint', clean, '--metadata', `${base}/beta/$metadata`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${base}/beta/$metadata: cannot fetch the model: HTTP 404`);
    });
  });
});
