import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';
import { edit, fixturePages, graphWidePage } from './fixtures/fixture-pages.ts';

// Examples as hand-written pages mark them: the docs' annotations, HTTP tabs among SDK tabs,
// several examples a page, shortened responses; and as the generated pages do, by headings.

const gizmos = graphWidePage('beta/api/workshop-post-gizmos.md');
const examplesOf = (text: string) => parsePage('beta/api/workshop-post-gizmos.md', text).page?.examples ?? [];
const lineOf = (text: string, start: string, from = 0) => text.split('\n').findIndex((line, index) => index >= from && line.startsWith(start)) + 1;

describe('examples found by the docs\' annotations', () => {
  it('every annotated request with the response after it, named by its annotation and its heading', () => {
    const examples = examplesOf(gizmos);
    expect(examples.map((example) => ({ name: example.name, heading: example.heading, status: example.response?.startLine }))).toEqual([
      { name: 'create_gizmo_plain', heading: 'Example 1: Create a plain gizmo', status: 'HTTP/1.1 201 Created' },
      { name: 'create_gizmo_on_bench', heading: 'Example 2: Create a gizmo on a bench', status: 'HTTP/1.1 201 Created' },
      { name: 'create_gizmo_taken', heading: 'Example 3: A gizmo name already taken', status: 'HTTP/1.1 409 Conflict' },
    ]);
  });

  it('the HTTP tab\'s code, past its tab heading; the SDK tabs and their setext-heading INCLUDEs are no sections', () => {
    const [first] = examplesOf(gizmos);
    expect(first?.request).toMatchObject({ startLine: 'POST https://graph.microsoft.com/beta/workshops/42/gizmos', line: lineOf(gizmos, 'POST https://') });
    expect(first?.request.body).toEqual({ displayName: 'Spinner', teeth: 12, finish: 'matte', nickname: null });
    expect(first?.response?.line).toBe(lineOf(gizmos, 'HTTP/1.1 201'));
  });

  it('the response annotation\'s "truncated" and "@odata.type"', () => {
    const examples = examplesOf(gizmos);
    expect(examples.map((example) => [example.truncated, example.odataType])).toEqual([[true, 'microsoft.graph.gizmo'], [true, 'microsoft.graph.gizmo'], [false, undefined]]);
  });

  it('a request annotated "ignored" is still an example when it calls a full URL', () => {
    const given = edit(gizmos, '"blockType": "request",\n  "name": "create_gizmo_on_bench"', '"blockType": "ignored",\n  "name": "create_gizmo_on_bench"');
    expect(examplesOf(given).map((example) => example.name)).toEqual(['create_gizmo_plain', 'create_gizmo_on_bench', 'create_gizmo_taken']);
  });

  it('an annotated request above the Example heading (the HTTP request section\'s) is no example', () => {
    const given = edit(gizmos, '<!-- { "blockType": "ignored" } -->\n```http\nPOST /workshops', '<!-- { "blockType": "request", "name": "syntax" } -->\n```http\nPOST https://graph.microsoft.com/beta/workshops/{id}/gizmos\n```\n```http\nPOST /workshops');
    expect(examplesOf(given).map((example) => example.name)).toEqual(['create_gizmo_plain', 'create_gizmo_on_bench', 'create_gizmo_taken']);
  });

  it('a request without a response is that example\'s NO_EXAMPLE_RESPONSE, at the request; the others stand', () => {
    const given = edit(gizmos, /<!-- \{\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.gizmo"\n\} -->\n```http\nHTTP\/1.1 201 Created\nContent-type: application\/json\n\n\{\n  "displayName": "Clicker"\n\}\n```\n/, '');
    const examples = examplesOf(given);
    expect(examples[1]?.problems).toMatchObject([{ code: 'NO_EXAMPLE_RESPONSE', fatal: true, line: lineOf(given, 'POST https://graph.microsoft.com/beta/workshops/42/benches') }]);
    expect(examples[0]?.problems).toEqual([]);
  });

  it('a bad body is its example\'s problem, not the page\'s', () => {
    const given = edit(gizmos, '"teeth": "Int32",', '"teeth": "Int32",,');
    const { page, problems } = parsePage('beta/api/workshop-post-gizmos.md', given);
    expect(page?.examples[1]?.problems.map((problem) => problem.code)).toEqual(['BAD_EXAMPLE_JSON']);
    expect(problems.filter((problem) => problem.fatal).map((problem) => problem.code)).toEqual(['BAD_EXAMPLE_JSON']);
  });
});

describe('examples without annotations', () => {
  it('the generated pages: the code under Example > Request and Response, as before', () => {
    const examples = parsePage('widget.md', fixturePages.md).page?.examples ?? [];
    expect(examples).toHaveLength(1);
    expect(examples[0]).toMatchObject({ truncated: false, problems: [], request: { startLine: 'POST https://graph.microsoft.com/beta/widgetHub/widgetRequests' } });
  });

  it('tabs under Request headings: the HTTP tab\'s code is the request (a tab heading opens no section)', () => {
    const unannotated = gizmos.replace(/<!--[\s\S]*?-->\n/g, '');
    const examples = examplesOf(unannotated);
    expect(examples).toHaveLength(1);
    expect(examples[0]?.request.startLine).toBe('POST https://graph.microsoft.com/beta/workshops/42/gizmos');
    expect(examples[0]?.response?.startLine).toBe('HTTP/1.1 201 Created');
  });

  it('Request and Response in bold text instead of headings: the POST block, answered by the next HTTP/ block', () => {
    const bold = gizmos
      .replace(/<!--[\s\S]*?-->\n/g, '')
      .replace(/^#### (Request|Response)$/gm, '**$1**')
      .replace(/^### Example \d: .*$/gm, '');
    const examples = examplesOf(bold);
    expect(examples.map((example) => [example.request.startLine.split(' ')[1], example.response?.startLine])).toEqual([
      ['https://graph.microsoft.com/beta/workshops/42/gizmos', 'HTTP/1.1 201 Created'],
      ['https://graph.microsoft.com/beta/workshops/42/benches/7/gizmos', 'HTTP/1.1 201 Created'],
      ['https://graph.microsoft.com/beta/workshops/42/gizmos', 'HTTP/1.1 409 Conflict'],
    ]);
  });
});
