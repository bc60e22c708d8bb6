import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPage, type PageOutcome } from './build-page.ts';
import { createBodyValidator } from './body-validator.ts';
import { createAjv } from './create-ajv.ts';
import { contractJson } from './contract-json.ts';
import type { JsonObject, PropertyFacts } from '../foundation/contract-types.ts';

const validate = createBodyValidator(createAjv());
const bytes = (text: string) => new TextEncoder().encode(text);
const build = (text: string, validator = validate) => buildPage('beta/gizmo-create.md', bytes(text), validator);
const fixture = (name: string) => readFileSync(new URL(`../parse/fixtures/${name}`, import.meta.url), 'utf8');

/**
 * A small page about an invented `gizmo`: one table row per property, the example bodies as
 * given (the response gets an id unless it says otherwise). `beta` adds the beta banner.
 */
function gizmoPage({ rows, request, response, url = 'https://graph.microsoft.com/beta/gizmos', beta = true }: {
  rows: string[];
  request: JsonObject;
  response?: JsonObject;
  url?: string;
  beta?: boolean;
}): string {
  const answer = response ?? { id: '11111111-2222-3333-4444-555555555555', ...request };
  return `---
title: "Create gizmo"
---

# Create gizmo

Namespace: microsoft.graph
${beta ? '\n> Gizmos live under the /beta version for now.\n' : ''}
## Permissions
|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|Gizmos.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Gizmos.ReadWrite.All|

## HTTP Request
\`\`\` http
POST /gizmos
\`\`\`

## Request body
|Property|Type|Description|
|:---|:---|:---|
|id|String|Key. Read-only.|
${rows.join('\n')}

## Example
### Request
\`\`\` http
POST ${url}
Content-type: application/json

${JSON.stringify(request, null, 2)}
\`\`\`

### Response
\`\`\` http
HTTP/1.1 201 Created
Content-Type: application/json

${JSON.stringify(answer, null, 2)}
\`\`\`
`;
}

const codes = (outcome: PageOutcome) => ('problems' in outcome ? outcome.problems.map((problem) => problem.code) : []);

interface TypeCase {
  given: { rows: string[]; request: JsonObject };
  want: { status: 'built' | 'failed'; codes: string[] };
}

const typeCases: Array<[string, TypeCase]> = [
  ['Int32 at both bounds', {
    given: { rows: ['|low|Int32|Low.|', '|high|Int32|High.|'], request: { low: -2147483648, high: 2147483647 } },
    want: { status: 'built', codes: [] },
  }],
  ['Double as "NaN", "INF" and "-INF"', {
    given: { rows: ['|a|Double|A.|', '|b|Double|B.|', '|c|Double|C.|', '|d|Double|D.|'], request: { a: 'NaN', b: 'INF', c: '-INF', d: 1.5 } },
    want: { status: 'built', codes: [] },
  }],
  ['DateTimeOffset with 7 fractional digits and offsets', {
    given: { rows: ['|a|DateTimeOffset|A.|', '|b|DateTimeOffset|B.|', '|c|DateTimeOffset|C.|'], request: { a: '2017-01-01T00:01:49.2071853-08:00', b: '2016-12-31T23:58:52.3534526+05:30', c: '2017-01-01T00:00:00Z' } },
    want: { status: 'built', codes: [] },
  }],
  ['Duration, signed, with fractional seconds', {
    given: { rows: ['|a|Duration|A.|', '|b|Duration|B.|'], request: { a: 'PT2M43.444327S', b: '-PT17.1357909S' } },
    want: { status: 'built', codes: [] },
  }],
  ['Duration with fractional minutes (not an OData dayTimeDuration)', {
    given: { rows: ['|a|Duration|A.|'], request: { a: '-PT17.1600444M' } },
    want: { status: 'failed', codes: ['EXAMPLE_VIOLATES_SCHEMA', 'EXAMPLE_VIOLATES_SCHEMA'] },
  }],
  ['TimeOfDay without offset', {
    given: { rows: ['|a|TimeOfDay|A.|'], request: { a: '12:00:05.5020000' } },
    want: { status: 'built', codes: [] },
  }],
  ['Guid and Binary', {
    given: { rows: ['|a|Guid|A.|', '|b|Binary|B.|'], request: { a: '5d1c0b9e-0000-4000-8000-00000000beef', b: 'Z2l6bW8=' } },
    want: { status: 'built', codes: [] },
  }],
  ['a string where the table says Int32', {
    given: { rows: ['|count|Int32|Count.|'], request: { count: '3' } },
    want: { status: 'failed', codes: ['EXAMPLE_VIOLATES_SCHEMA', 'EXAMPLE_VIOLATES_SCHEMA'] },
  }],
  ['an object where the table says String', {
    given: { rows: ['|label|String|Label.|'], request: { label: { text: 'x' } } },
    want: { status: 'failed', codes: ['EXAMPLE_VIOLATES_SCHEMA', 'EXAMPLE_VIOLATES_SCHEMA'] },
  }],
  ['a value outside "Valid values 1 to 12" is a table contradiction, not a failure', {
    given: { rows: ['|spins|Int32|Spins. Valid values 1 to 12|'], request: { spins: 40 } },
    want: { status: 'built', codes: ['EXAMPLE_CONTRADICTS_TABLE'] },
  }],
  ['an example value outside the listed enum is a table contradiction', {
    given: { rows: ['|shade|gizmoShade|Shade. Possible values are: `light`, `dark`.|'], request: { shade: 'medium' } },
    want: { status: 'built', codes: ['EXAMPLE_CONTRADICTS_TABLE'] },
  }],
  ['an undocumented example property is a defect, once in the request and once in the response echoing it', {
    given: { rows: ['|label|String|Label.|'], request: { label: 'x', extra: true } },
    want: { status: 'built', codes: ['UNDOCUMENTED_PROPERTY', 'UNDOCUMENTED_PROPERTY'] },
  }],
];

describe('buildPage: example values against the documented types', () => {
  it.each(typeCases)('%s', (_name, { given, want }) => {
    const outcome = build(gizmoPage(given));
    expect(outcome.status).toBe(want.status);
    expect(codes(outcome)).toEqual(want.codes);
  });
});

describe('buildPage: contract facts', () => {
  it('a "Valid values" range the example breaks is dropped from both schemas (Int32 bounds kept), recorded with its field', () => {
    const outcome = build(gizmoPage({ rows: ['|spins|Int32|Spins. Valid values 1 to 12|'], request: { spins: 40 } }));
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    const { request, response, docDefects } = outcome.contract;
    expect((request.schema.properties as JsonObject).spins).toEqual({ type: 'integer', minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' });
    expect((response.schema.properties as JsonObject).spins).toEqual({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' });
    expect(docDefects).toMatchObject([{ code: 'EXAMPLE_CONTRADICTS_TABLE', field: 'spins' }]);
  });

  it('a response example without id fails with NO_RESPONSE_ID at the body line', () => {
    const page = gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' }, response: { label: 'x' } });
    const outcome = build(page);
    expect(outcome.status).toBe('failed');
    const problem = 'problems' in outcome ? outcome.problems.find((p) => p.code === 'NO_RESPONSE_ID') : undefined;
    expect(problem).toMatchObject({ code: 'NO_RESPONSE_ID', fatal: true });
    expect(page.split('\n')[problem!.line! - 1]).toBe('{');
  });

  it('a v1.0 page whose example URL says beta: VERSION_MISMATCH, apiVersion from the URL', () => {
    const outcome = build(gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' }, beta: false }));
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    expect(outcome.contract.apiVersion).toBe('beta');
    expect(outcome.contract.docDefects).toMatchObject([{ code: 'VERSION_MISMATCH' }]);
  });

  it('a page filed under v1.0/ whose example calls /beta/: FOLDER_VERSION_MISMATCH at the example line, both versions named', () => {
    const text = gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' } });
    const outcome = buildPage('v1.0/gizmo-create.md', bytes(text), validate);
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    expect(outcome.contract.apiVersion).toBe('beta');
    const defect = outcome.problems.find((problem) => problem.code === 'FOLDER_VERSION_MISMATCH');
    expect(defect).toMatchObject({ file: 'v1.0/gizmo-create.md', fatal: false });
    expect(text.split('\n')[defect!.line! - 1]).toMatch(/^POST https:\/\/graph\.microsoft\.com\/beta\//);
    expect(defect!.message).toContain('filed under v1.0/ but its example request calls /beta/');
    // The same page in beta/ (or in no version folder) is consistent.
    const codes = (built: ReturnType<typeof buildPage>) => (built.status === 'skipped' ? [] : built.problems.map((problem) => problem.code));
    expect(codes(build(text))).not.toContain('FOLDER_VERSION_MISMATCH');
    expect(codes(buildPage('gizmo-create.md', bytes(text), validate))).not.toContain('FOLDER_VERSION_MISMATCH');
  });

  it('a v1.0 page calling v1.0 has no mismatch', () => {
    const outcome = buildPage('v1.0/gizmo-create.md', bytes(gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' }, beta: false, url: 'https://graph.microsoft.com/v1.0/gizmos' })), validate);
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    expect(outcome.contract.apiVersion).toBe('v1.0');
    expect(outcome.contract.docDefects).toEqual([]);
  });

  it('a property only the example response has, not the table: UNDOCUMENTED_PROPERTY at the response body line', () => {
    const page = gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' }, response: { id: '11111111-2222-3333-4444-555555555555', label: 'x', secretScore: 3 } });
    const outcome = build(page);
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    expect(outcome.problems).toMatchObject([{ code: 'UNDOCUMENTED_PROPERTY', fatal: false, field: 'secretScore' }]);
    const lines = page.split('\n');
    expect(lines[outcome.problems[0]!.line! - 1]).toBe('{');
    expect(lines[outcome.problems[0]!.line! - 3]).toBe('Content-Type: application/json');
    expect(lines.slice(outcome.problems[0]!.line!, outcome.problems[0]!.line! + 3).join('\n')).toContain('secretScore');
  });

  const urlCases: Array<[string, { url: string; want: { apiVersion: string; path: string; codes: string[] } }]> = [
    ['/v1/ instead of /v1.0/: UNKNOWN_API_VERSION, version from the page, path still compared', {
      url: 'https://graph.microsoft.com/v1/gizmos', want: { apiVersion: 'beta', path: '/gizmos', codes: ['UNKNOWN_API_VERSION'] } }],
    ['no version segment at all', {
      url: 'https://graph.microsoft.com/gizmos', want: { apiVersion: 'beta', path: '/gizmos', codes: ['UNKNOWN_API_VERSION'] } }],
    ['a path the POST lines do not document: EXAMPLE_PATH_MISMATCH', {
      url: 'https://graph.microsoft.com/beta/gadgets', want: { apiVersion: 'beta', path: '/gadgets', codes: ['EXAMPLE_PATH_MISMATCH'] } }],
    ['U+FFFD in the example path is a mismatch, not a match', {
      url: 'https://graph.microsoft.com/beta/giz\uFFFDmos', want: { apiVersion: 'beta', path: '/giz\uFFFDmos', codes: ['EXAMPLE_PATH_MISMATCH'] } }],
    ['segments differ only in case, trailing slash and query: a match', {
      url: 'https://graph.microsoft.com/beta/Gizmos/?$select=id', want: { apiVersion: 'beta', path: '/Gizmos', codes: [] } }],
  ];
  it.each(urlCases)('example URL: %s', (_name, { url, want }) => {
    const page = gizmoPage({ rows: ['|label|String|Label.|'], request: { label: 'x' }, url });
    const outcome = build(page);
    if (outcome.status !== 'built') throw new Error(`not built: ${outcome.status}`);
    expect(outcome.contract).toMatchObject({ apiVersion: want.apiVersion, request: { example: { path: want.path } } });
    expect(codes(outcome)).toEqual(want.codes);
    const lines = page.split('\n');
    for (const problem of outcome.problems) {
      // The example's line, and for a mismatch the documented path's line too.
      expect(lines[problem.line! - 1]).toBe(`POST ${url}`);
      if (problem.code === 'EXAMPLE_PATH_MISMATCH') expect(problem.related?.map((line) => lines[line - 1])).toEqual(['POST /gizmos']);
    }
  });

  it('a page that is not a create page is skipped, not failed', () => {
    const outcome = build(gizmoPage({ rows: [], request: {} }).replace(/Create gizmo/g, 'Get gizmo'));
    expect(outcome.status).toBe('skipped');
  });

  it('a parse-fatal page fails with the parser\'s code', () => {
    const outcome = build(gizmoPage({ rows: [], request: {} }).replace('POST /gizmos', 'POST ** Collection URI for microsoft.graph.gizmo not found'));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['BROKEN_POST_PATH']);
  });
});

describe('buildPage: the three dialects of one page', () => {
  const pages: Array<[string, string]> = [
    ['md-front-matter', 'widget-request-create.md'],
    ['md-legacy', 'widget-request-create-legacy.md'],
    ['text', 'widget-request-create.txt'],
  ];
  const built = pages.map(([, name]) => build(fixture(name)));

  it.each(pages.map(([dialect], index) => [dialect, built[index]!] as const))('%s builds with no problems', (dialect, outcome) => {
    if (outcome.status !== 'built') throw new Error(`not built: ${JSON.stringify(outcome)}`);
    expect(outcome.contract.source.dialect).toBe(dialect);
    expect(outcome.problems).toEqual([]);
  });

  it('give the same contract but for its source', () => {
    const [first, ...others] = built.map((outcome) => (outcome.status === 'built' ? { ...outcome.contract, source: undefined } : outcome));
    for (const other of others) expect(other).toEqual(first);
  });
});

describe('buildPage: determinism', () => {
  const page = fixture('widget-request-create.md');
  const contradicting = gizmoPage({ rows: ['|spins|Int32|Spins. Valid values 1 to 12|'], request: { spins: 40 } });
  const jsonOf = (outcome: PageOutcome) => (outcome.status === 'built' ? contractJson(outcome.contract) : JSON.stringify(outcome));

  it('same bytes in, same contract JSON out (fresh validators)', () => {
    expect(jsonOf(build(page, createBodyValidator(createAjv())))).toBe(jsonOf(build(page, createBodyValidator(createAjv()))));
  });

  it('a shared validator gives the same bytes before and after other pages (cache not mutated)', () => {
    const shared = createBodyValidator(createAjv());
    const before = jsonOf(build(contradicting, shared));
    build(page, shared);
    const again = jsonOf(build(contradicting, shared));
    expect(again).toBe(before);
    expect(jsonOf(build(contradicting, createBodyValidator(createAjv())))).toBe(before);
  });

  it('the source hash is of the bytes given, BOM included', () => {
    const plain = build(page);
    const withBom = build(`\uFEFF${page}`);
    if (plain.status !== 'built' || withBom.status !== 'built') throw new Error('not built');
    expect(withBom.contract.source.sha256).not.toBe(plain.contract.source.sha256);
    expect({ ...withBom.contract, source: undefined }).toEqual({ ...plain.contract, source: undefined });
  });
});

describe('buildPage: only documented facts are softened', () => {
  it('an Int32 example beyond the Int32 range fails with EXAMPLE_VIOLATES_SCHEMA', () => {
    const outcome = build(gizmoPage({ rows: ['|count|Int32|Count.|'], request: { count: 2147483648 } }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toContain('EXAMPLE_VIOLATES_SCHEMA');
  });

  it('a contradicted range is dropped from the facts too, and the Int32 bounds stay', () => {
    const outcome = build(gizmoPage({ rows: ['|count|Int32|Count. Valid values 4 to 16|'], request: { count: 1 } }));
    if (outcome.status !== 'built') throw new Error(`expected built, got ${outcome.status}`);
    const count = outcome.contract.properties.find((property) => property.name === 'count');
    expect(count).not.toHaveProperty('minimum');
    expect((outcome.contract.request.schema.properties as Record<string, unknown>).count).toEqual({ type: 'integer', minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' });
    expect(codes(outcome)).toContain('EXAMPLE_CONTRADICTS_TABLE');
  });});

interface RelaxCase {
  given: { rows: string[]; request: JsonObject; response?: JsonObject };
  want: { property: Partial<PropertyFacts>; schema: JsonObject };
}

const relaxCases: Array<[string, RelaxCase]> = [
  ['an enum the request example breaks', {
    given: { rows: ['|shade|gizmoShade|Shade. Possible values are: `light`, `dark`.|'], request: { shade: 'medium' } },
    want: {
      property: { relaxed: [{ constraint: 'enum', documented: ['light', 'dark'], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy: { example: 'request', value: 'medium' } }] },
      schema: { type: 'string' },
    },
  }],
  ['a range the request example breaks (the Int32 bounds stay asserted)', {
    given: { rows: ['|spins|Int32|Spins. Valid values 1 to 12|'], request: { spins: 40 } },
    want: {
      property: { relaxed: [{ constraint: 'range', documented: { minimum: 1, maximum: 12 }, defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy: { example: 'request', value: 40 } }] },
      schema: { type: 'integer', minimum: -2147483648, maximum: 2147483647, 'x-odata-type': 'Edm.Int32' },
    },
  }],
  ['an enum only the response example breaks', {
    given: { rows: ['|shade|gizmoShade|Shade. Possible values are: `light`, `dark`.|'], request: { shade: 'dark' }, response: { id: '1', shade: 'dusk' } },
    want: {
      property: { relaxed: [{ constraint: 'enum', documented: ['light', 'dark'], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy: { example: 'response', value: 'dusk' } }] },
      schema: { type: 'string' },
    },
  }],
  ['nothing contradicted: the constraint is asserted, nothing relaxed', {
    given: { rows: ['|spins|Int32|Spins. Valid values 1 to 12|'], request: { spins: 4 } },
    want: { property: { minimum: 1, maximum: 12 }, schema: { type: 'integer', minimum: 1, maximum: 12, 'x-odata-type': 'Edm.Int32' } },
  }],
];

describe('buildPage: a contradicted constraint stays in the contract as relaxed', () => {
  it.each(relaxCases)('%s', (_name, { given, want }) => {
    const outcome = build(gizmoPage(given));
    if (outcome.status !== 'built') throw new Error(`expected built, got ${JSON.stringify(outcome)}`);
    const property = outcome.contract.properties.find((candidate) => candidate.name === Object.keys(given.request)[0]);
    expect(property).toMatchObject(want.property);
    if (!want.property.relaxed) expect(property).not.toHaveProperty('relaxed');
    const name = property!.name;
    expect((outcome.contract.request.schema.properties as JsonObject)[name]).toEqual(want.schema);
    expect(outcome.contract.docDefects.filter((defect) => defect.code === 'EXAMPLE_CONTRADICTS_TABLE').map((defect) => defect.field)).toEqual(want.property.relaxed ? [name] : []);
  });
});
