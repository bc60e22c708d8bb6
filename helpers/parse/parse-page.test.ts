import { describe, expect, it } from 'vitest';
import type { Dialect } from '../foundation/contract-types.ts';
import { parsePage } from './parse-page.ts';
import { edit, fixture, fixturePages } from './fixtures/fixture-pages.ts';
import type { ParsedPage } from './page-model.ts';

// One invented resource (widgetRequest) written in the three dialects. Where the pages say the
// same thing, the parser must return the same facts; only line numbers and the namespace (the
// legacy page has no "Namespace:" line) may differ.


const SAME_FACTS = {
  title: 'Create widgetRequest',
  resource: 'widgetRequest',
  pageVersion: 'beta',
  permissions: {
    delegatedWork: ['Widgets.Read.All', 'Widgets.ReadWrite.All'],
    delegatedPersonal: [],
    application: ['Widgets.ReadWrite.All'],
  },
  paths: [
    { template: '/widgetHub/widgetRequests', parameters: [] },
    { template: '/widgetHub/gadgets/{gadgetId}/widgetRequests', parameters: ['gadgetId'] },
    { template: '/widgetHub/gadgets/{gadgetId}/microsoft.graph.fancyGadget/widgetRequests', parameters: ['gadgetId'] },
  ],
  requestHeaders: ['Authorization', 'Accept'],
  properties: [
    { name: 'id', type: 'String', collection: false, readOnly: true },
    { name: 'displayName', type: 'String', collection: false, readOnly: false },
    { name: 'spinCount', type: 'Int32', collection: false, readOnly: false, minimum: 1, maximum: 12 },
    { name: 'color', type: 'widgetColor', collection: false, readOnly: false, referencedType: 'widgetColor', enumValues: ['red', 'green', 'unknownFutureValue'] },
    { name: 'size', type: 'widgetSize', collection: false, readOnly: false, referencedType: 'widgetSize', enumValues: ['small', 'large', 'huge'] },
    { name: 'readiness', type: 'Int32', collection: false, readOnly: false, enumValues: ['0', '1', '2'], inheritedFrom: 'widgetBase' },
    { name: 'tags', type: 'String', collection: true, readOnly: false },
    { name: 'parts', type: 'widgetPart', collection: true, readOnly: false, referencedType: 'widgetPart' },
    { name: 'createdDateTime', type: 'DateTimeOffset', collection: false, readOnly: true },
  ],
  exampleRequest: {
    startLine: 'POST https://graph.microsoft.com/beta/widgetHub/widgetRequests',
    headers: { 'Content-type': 'application/json' },
    body: {
      '@odata.type': '#microsoft.graph.widgetRequest',
      displayName: 'Blue widget',
      spinCount: 3,
      color: 'green',
      size: 'huge',
      readiness: 1,
      tags: ['round'],
      parts: [{ '@odata.type': 'microsoft.graph.widgetPart', label: 'cog' }],
    },
  },
  exampleResponse: {
    startLine: 'HTTP/1.1 201 Created',
    headers: { 'Content-Type': 'application/json' },
    body: {
      '@odata.type': '#microsoft.graph.widgetRequest',
      id: '5d1c0b9e-0000-4000-8000-00000000beef',
      displayName: 'Blue widget',
      spinCount: 3,
      color: 'green',
      size: 'huge',
      readiness: 1,
      tags: ['round'],
      parts: [{ '@odata.type': 'microsoft.graph.widgetPart', label: 'cog' }],
      createdDateTime: '2020-02-02T10:00:00.1234567-08:00',
    },
  },
};

/** The page without its line numbers and file name: what must agree across dialects. */
function facts(page: ParsedPage) {
  const { file: _file, dialect: _dialect, namespace: _namespace, permissionsLine: _permissionsLine, ...rest } = page;
  const unlined = <T extends { line: number }>({ line: _line, ...other }: T) => other;
  return {
    ...rest,
    paths: rest.paths.map(unlined),
    properties: rest.properties.map(unlined),
    exampleRequest: rest.exampleRequest && (({ line: _l, bodyLine: _b, ...other }) => other)(rest.exampleRequest),
    exampleResponse: rest.exampleResponse && (({ line: _l, bodyLine: _b, ...other }) => other)(rest.exampleResponse),
  };
}

/** Line numbers as a reader of the fixture file sees them (1-based). */
function lines(page: ParsedPage) {
  return {
    paths: page.paths.map((path) => path.line),
    firstProperty: page.properties[0]?.line,
    lastProperty: page.properties.at(-1)?.line,
    permissions: page.permissionsLine,
    request: page.exampleRequest && [page.exampleRequest.line, page.exampleRequest.bodyLine],
    response: page.exampleResponse && [page.exampleResponse.line, page.exampleResponse.bodyLine],
  };
}

interface DialectCase {
  given: string;
  want: { dialect: Dialect; namespace: string | undefined; lines: ReturnType<typeof lines> };
}

const dialects: Array<[string, DialectCase]> = [
  ['markdown with front matter', {
    given: 'widget-request-create.md',
    want: { dialect: 'md-front-matter', namespace: 'microsoft.graph', lines: { paths: [30, 31, 32], permissions: 18, firstProperty: 46, lastProperty: 54, request: [64, 67], response: [82, 85] } },
  }],
  ['legacy markdown (no front matter, "Prerequisites", most-first permissions, ```http)', {
    given: 'widget-request-create-legacy.md',
    want: { dialect: 'md-legacy', namespace: undefined, lines: { paths: [17, 18, 19], permissions: 9, firstProperty: 33, lastProperty: 41, request: [50, 53], response: [68, 71] } },
  }],
  ['plain text', {
    given: 'widget-request-create.txt',
    want: { dialect: 'text', namespace: 'microsoft.graph', lines: { paths: [20, 21, 22], permissions: 13, firstProperty: 35, lastProperty: 43, request: [55, 58], response: [73, 76] } },
  }],
];

describe('parsePage: the same resource in three dialects', () => {
  it.each(dialects)('%s', (_name, { given, want }) => {
    const { page, problems } = parsePage(given, fixture(given));
    expect(problems).toEqual([]);
    expect(page).toBeDefined();
    expect(page!.dialect).toBe(want.dialect);
    expect(page!.namespace).toBe(want.namespace);
    expect(facts(page!)).toEqual(SAME_FACTS);
    expect(lines(page!)).toEqual(want.lines);
  });

  it('line numbers point at the documented text', () => {
    for (const [, { given }] of dialects) {
      const text = fixture(given).split('\n');
      const { page } = parsePage(given, fixture(given));
      expect(text[page!.paths[0]!.line - 1]).toMatch(/^POST \/widgetHub\/widgetRequests\/?$/);
      expect(text[page!.properties[0]!.line - 1]).toMatch(/^\|?id\b/);
      expect(text[page!.exampleRequest!.line - 1]).toBe(SAME_FACTS.exampleRequest.startLine);
      expect(text[page!.exampleRequest!.bodyLine - 1]).toBe('{');
      expect(text[page!.exampleResponse!.line - 1]).toBe('HTTP/1.1 201 Created');
    }
  });
});

// Problems a page can have, per dialect: asserted by code, fatality and line, never wording.
const { md, legacy, text } = fixturePages;

interface ProblemCase {
  given: string;
  want: {
    problems: Array<{ code: string; fatal: boolean; line?: number }>;
    /** Facts of the page that must still be read despite the problem; `null` = no page. */
    page: Partial<Record<keyof ParsedPage, unknown>> | null;
  };
}

const BROKEN_POST = 'POST ** Collection URI for microsoft.graph.widgetRequest not found';
const noPermissionsMd = edit(md, /\|Permission type\|[\s\S]*?\|Application\|Widgets\.ReadWrite\.All\|\n/, '');
const noPermissionsText = edit(text, /Permission type Permissions[\s\S]*?\nApplication Widgets\.ReadWrite\.All\n/, '');

const problemCases: Array<[string, ProblemCase]> = [
  ['md: broken "POST ** Collection URI" line is fatal at its line, other paths still read', {
    given: edit(md, 'POST /widgetHub/widgetRequests\n', `${BROKEN_POST}\n`),
    want: { problems: [{ code: 'BROKEN_POST_PATH', fatal: true, line: 30 }], page: { paths: [
      { template: '/widgetHub/gadgets/{gadgetId}/widgetRequests', parameters: ['gadgetId'], line: 31 },
      { template: '/widgetHub/gadgets/{gadgetId}/microsoft.graph.fancyGadget/widgetRequests', parameters: ['gadgetId'], line: 32 },
    ] } },
  }],
  ['text: broken POST line', {
    given: edit(text, 'POST /widgetHub/widgetRequests\n', `${BROKEN_POST}\n`),
    want: { problems: [{ code: 'BROKEN_POST_PATH', fatal: true, line: 20 }], page: {} },
  }],
  ['md: the only POST line broken gives BROKEN_POST_PATH, not also NO_POST_PATH', {
    given: edit(md, /POST \/widgetHub\/widgetRequests\n[^`]*/, `${BROKEN_POST}\n`),
    want: { problems: [{ code: 'BROKEN_POST_PATH', fatal: true, line: 30 }], page: { paths: [] } },
  }],
  ['md: no permissions table still parses, defect NO_PERMISSIONS_TABLE', {
    given: noPermissionsMd,
    want: { problems: [{ code: 'NO_PERMISSIONS_TABLE', fatal: false }], page: { permissions: undefined, resource: 'widgetRequest' } },
  }],
  ['text: no permissions table', {
    given: noPermissionsText,
    want: { problems: [{ code: 'NO_PERMISSIONS_TABLE', fatal: false }], page: { permissions: undefined, resource: 'widgetRequest' } },
  }],
  ['md: invalid JSON in the example request names the offending line', {
    given: edit(md, '"spinCount": 3,\n  "color"', '"spinCount": 3\n  "color"'),
    want: { problems: [{ code: 'BAD_EXAMPLE_JSON', fatal: true, line: 71 }], page: {} },
  }],
  ['legacy: invalid JSON in the example response', {
    given: edit(legacy, '"createdDateTime": "2020-02-02T10:00:00.1234567-08:00"\n}', '"createdDateTime": "2020-02-02T10:00:00.1234567-08:00",\n}'),
    want: { problems: [{ code: 'BAD_EXAMPLE_JSON', fatal: true, line: 82 }], page: {} },
  }],
  ['text: invalid JSON in the example request', {
    given: edit(text, '"spinCount": 3,\n  "color"', '"spinCount": 3\n  "color"'),
    want: { problems: [{ code: 'BAD_EXAMPLE_JSON', fatal: true, line: 62 }], page: {} },
  }],
  ['md: a "Get" page is not a create page', {
    given: edit(edit(md, 'title: "Create widgetRequest"', 'title: "Get widgetRequest"'), '# Create widgetRequest', '# Get widgetRequest'),
    want: { problems: [{ code: 'NOT_A_CREATE_PAGE', fatal: true }], page: null },
  }],
  ['legacy: an "Update" page is not a create page', {
    given: edit(legacy, '# Create widgetRequest', '# Update widgetRequest'),
    want: { problems: [{ code: 'NOT_A_CREATE_PAGE', fatal: true, line: 1 }], page: null },
  }],
  ['text: a "Delete" page is not a create page', {
    given: edit(text, 'Create widgetRequest\n', 'Delete widgetRequest\n'),
    want: { problems: [{ code: 'NOT_A_CREATE_PAGE', fatal: true, line: 1 }], page: null },
  }],
  ['md: no beta banner means a v1.0 page', {
    given: edit(md, /> \*\*Heads up[^\n]*\n/, ''),
    want: { problems: [], page: { pageVersion: 'v1.0' } },
  }],
  ['text: no beta banner means a v1.0 page', {
    given: edit(text, /Heads up[^\n]*\n/, ''),
    want: { problems: [], page: { pageVersion: 'v1.0' } },
  }],
];

describe('parsePage: problems', () => {
  it.each(problemCases)('%s', (_name, { given, want }) => {
    const { page, problems } = parsePage('widget.md', given);
    expect(problems).toMatchObject(want.problems);
    for (const problem of problems) expect(problem.file).toBe('widget.md');
    if (want.page === null) expect(page).toBeUndefined();
    else expect(page).toMatchObject(want.page);
  });
});
