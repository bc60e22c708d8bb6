import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { WIDGET_CSDL } from '../testing/widget-model.ts';
import { BUILD_PROBLEM_RULES } from './build-problem-rules.ts';

// A widget page of our own whose platforms property the widget model types as a flags enum.
const PAGE = `# Create widget

Namespace: microsoft.graph

## HTTP Request
\`\`\`http
POST /widgets
\`\`\`

## Request body
|Property|Type|Description|
|:---|:---|:---|
|id|String|Identifier. Read-only.|
|displayName|String|Name.|
|platforms|widgetPlatforms|Platforms. Possible values are: \`none\`, \`android\`, \`iOS\`.|

## Example
### Request
\`\`\`http
POST https://graph.microsoft.com/v1.0/widgets
Content-type: application/json

{"displayName": "A", "platforms": "android,iOS"}
\`\`\`

### Response
\`\`\`http
HTTP/1.1 201 Created
Content-Type: application/json

{"id": "1", "displayName": "A", "platforms": "android,iOS"}
\`\`\`
`;

function setUp() {
  const folder = mkdtempSync(join(tmpdir(), 'graph-contracts-build-'));
  const pages = join(folder, 'pages');
  const model = join(folder, 'widget-v1.0.xml');
  writeFileSync(model, WIDGET_CSDL);
  return { folder, pages, model };
}

describe('graph-contracts build --metadata / --sarif', () => {
  it('without a model, a combined flags value contradicts the single-value enum (a defect); with the model it is valid', async () => {
    const { folder, model } = setUp();
    const page = join(folder, 'widget-create.md');
    writeFileSync(page, PAGE);
    const plain = join(folder, 'plain');
    const withModel = join(folder, 'with-model');
    expect((await runCli(['build', page, '--out', plain])).code).toBe(0);
    expect((await runCli(['build', page, '--out', withModel, '--metadata', model])).code).toBe(0);
    const before = JSON.parse(readFileSync(join(plain, 'widget-create.json'), 'utf8'));
    const after = JSON.parse(readFileSync(join(withModel, 'widget-create.json'), 'utf8'));
    expect(before.docDefects.map((defect: { code: string }) => defect.code)).toContain('EXAMPLE_CONTRADICTS_TABLE');
    expect(before.fromModel).toBeUndefined();
    expect(after.docDefects).toEqual([expect.objectContaining({ code: 'NO_PERMISSIONS_TABLE' })]);
    expect(after.fromModel).toEqual({ model: 'widget-v1.0.xml', properties: [{ name: 'platforms', facts: ['isFlags'] }] });
  });

  it('writes every problem, fatal and not, as SARIF with the page line', async () => {
    const { folder } = setUp();
    const good = join(folder, 'good-create.md');
    const broken = join(folder, 'broken-create.md');
    writeFileSync(good, PAGE);
    writeFileSync(broken, PAGE.replace('POST /widgets\n', 'POST ** Collection URI for widget not found\n'));
    const sarifFile = join(folder, 'build.sarif');
    const result = await runCli(['build', good, broken, '--out', join(folder, 'out'), '--sarif', sarifFile, '--strict']);
    expect(result.code).toBe(1);
    const run = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(BUILD_PROBLEM_RULES.map((rule) => rule.id));
    expect(run.results).toContainEqual(expect.objectContaining({
      ruleId: 'BROKEN_POST_PATH',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken-create.md' }, region: { startLine: 7 } } }],
    }));
    expect(run.results).toContainEqual(expect.objectContaining({
      ruleId: 'EXAMPLE_CONTRADICTS_TABLE',
      level: 'warning',
      locations: [expect.objectContaining({ logicalLocations: [{ fullyQualifiedName: 'widget/platforms' }] })],
    }));
  });

  it('exits 2 naming a model that cannot be read', async () => {
    const { folder } = setUp();
    writeFileSync(join(folder, 'widget-create.md'), PAGE);
    const result = await runCli(['build', join(folder, 'widget-create.md'), '--out', join(folder, 'out'), '--metadata', join(folder, 'missing.xml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.xml: cannot read the model.*\[MODEL_UNREADABLE\]/);
  });
});
