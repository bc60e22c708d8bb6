import { describe, expect, it } from 'vitest';
import type { Contract, JsonSchema } from '../foundation/contract-types.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { buildPage } from './build-page.ts';
import { createBodyValidator } from './body-validator.ts';
import { createSchemaValidator } from './compile-schema.ts';
import { createAjv } from './create-ajv.ts';

const validate = createBodyValidator(createAjv());

/** A gadget page of our own; `platforms` is what the model knows more about. */
function gadgetPage(platformsRow: string, platforms: string): Uint8Array {
  return new TextEncoder().encode(`# Create gadget

Namespace: microsoft.graph

## HTTP Request
\`\`\`http
POST /gadgets
\`\`\`

## Request body
|Property|Type|Description|
|:---|:---|:---|
|id|String|Key. Read-only.|
|displayName|String|Name.|
${platformsRow}

## Example
### Request
\`\`\`http
POST https://graph.microsoft.com/v1.0/gadgets
Content-type: application/json

{"@odata.type": "#microsoft.graph.gadget", "displayName": "A", "platforms": "${platforms}"}
\`\`\`

### Response
\`\`\`http
HTTP/1.1 201 Created
Content-Type: application/json

{"@odata.type": "#microsoft.graph.gadget", "id": "1", "displayName": "A", "platforms": "${platforms}"}
\`\`\`
`);
}

const LISTED = '|platforms|gadgetPlatforms|Platforms. Possible values are: `none`, `android`, `iOS`.|';
const UNLISTED = '|platforms|gadgetPlatforms|Platforms.|';
const FACTS: ModelFacts = {
  source: 'gadget-model.xml',
  version: 'v1.0',
  flagsProperties: { 'microsoft.graph.gadget': { platforms: { enumType: 'microsoft.graph.gadgetPlatforms', members: ['none', 'android', 'iOS'] } } },
};

function contractOf(row: string, value: string, facts: ModelFacts[]): Contract {
  const outcome = buildPage('gadget-create.md', gadgetPage(row, value), validate, facts);
  if (outcome.status !== 'built') throw new Error(`page did not build: ${JSON.stringify(outcome)}`);
  return outcome.contract;
}

const platformsSchema = (contract: Contract) => (contract.request.schema.properties as Record<string, JsonSchema>).platforms!;
const schemas = createSchemaValidator();
const accepts = (contract: Contract, value: string) => schemas.errors(contract.request.schema, { platforms: value }).length === 0;

describe('build with model facts: flags enums', () => {
  it.each([
    ['one member', 'android', true],
    ['a combination', 'android,iOS', true],
    ['every member', 'none,android,iOS', true],
    ['a value that is no member', 'android,blackberry', false],
    ['a space after the comma (not OData)', 'android, iOS', false],
    ['an empty member', 'android,', false],
  ])('a flags property accepts %s: %s -> %s', (_name, value, ok) => {
    expect(accepts(contractOf(LISTED, 'android', [FACTS]), value)).toBe(ok);
  });

  it('records the model as the source of the flags fact', () => {
    const contract = contractOf(LISTED, 'android,iOS', [FACTS]);
    expect(contract.fromModel).toEqual({ model: 'gadget-model.xml', properties: [{ name: 'platforms', facts: ['isFlags'] }] });
    expect(contract.properties.find((property) => property.name === 'platforms')).toMatchObject({ flags: true, enumValues: ['none', 'android', 'iOS'] });
  });

  it("takes the model's members when the page lists none, and says so", () => {
    const contract = contractOf(UNLISTED, 'iOS', [FACTS]);
    expect(contract.fromModel?.properties).toEqual([{ name: 'platforms', facts: ['isFlags', 'enumValues'] }]);
    expect(accepts(contract, 'none,iOS')).toBe(true);
  });

  it.each([
    ['no model', []],
    ['a model of another version', [{ ...FACTS, version: 'beta' as const }]],
    ['a model without the type', [{ ...FACTS, flagsProperties: {} }]],
  ])('changes nothing with %s', (_name, facts) => {
    const contract = contractOf(LISTED, 'android', facts);
    expect(contract.fromModel).toBeUndefined();
    expect(platformsSchema(contract)).toEqual({ type: 'string', enum: ['none', 'android', 'iOS'] });
  });

  it('an example that breaks the flags members drops them as a doc defect, as for any enum', () => {
    const outcome = buildPage('gadget-create.md', gadgetPage(LISTED, 'android,blackberry'), validate, [FACTS]);
    expect(outcome.status).toBe('built');
    expect(outcome.status === 'built' && outcome.problems.filter((problem) => problem.code === 'EXAMPLE_CONTRADICTS_TABLE').map((problem) => problem.field)).toEqual(['platforms']);
  });
});
