import { describe, expect, it } from 'vitest';
import { buildPage, type PageOutcome } from './build-page.ts';
import { createBodyValidator } from './body-validator.ts';
import { createAjv } from './create-ajv.ts';
import { resourcePages, type ResourcePages } from './resource-pages.ts';
import type { Contract } from '../foundation/contract-types.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { edit, graphWidePage } from '../parse/fixtures/fixture-pages.ts';

// A hand-written page of our own (fixtures/graph-wide/beta/api/workshop-post-gizmos.md) with
// the resource page it links to: several examples, tabs, shortened answers, the properties on
// the resource page. Each row is one concept and the contract facts it must give.

const FILE = 'beta/api/workshop-post-gizmos.md';
const page = graphWidePage(FILE);
const resourcePage = graphWidePage('beta/resources/gizmo.md');
const validate = createBodyValidator(createAjv());
/** The fixture folder as a build would read it: only the gizmo resource page is there. */
const withResources = (texts: Record<string, string> = { 'beta/resources/gizmo.md': resourcePage }): ResourcePages =>
  resourcePages((_pageFile, file) => (Object.hasOwn(texts, file) ? { key: file, text: texts[file]! } : undefined));
const build = (text = page, resources = withResources(), facts: ModelFacts[] = []) => buildPage(FILE, new TextEncoder().encode(text), validate, facts, resources);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

function built(outcome: PageOutcome): Extract<PageOutcome, { status: 'built' }> {
  if (outcome.status !== 'built') throw new Error(`expected the page to build: ${JSON.stringify(outcome)}`);
  return outcome;
}
const contract = (outcome: PageOutcome, name: string): Contract => {
  const found = built(outcome).contracts.find((candidate) => candidate.name.endsWith(name));
  if (!found) throw new Error(`no contract ${name}`);
  return found.contract;
};

describe('a hand-written create page', () => {
  it('one contract per create example, named after its annotation; an error example builds none', () => {
    const outcome = built(build());
    expect(outcome.contracts.map((each) => each.name)).toEqual(['beta/api/workshop-post-gizmos.create_gizmo_plain', 'beta/api/workshop-post-gizmos.create_gizmo_on_bench']);
    expect(contract(outcome, 'plain').source.example).toEqual({ name: 'create_gizmo_plain', heading: 'Example 1: Create a plain gizmo' });
    expect(contract(outcome, 'plain').request.example.body).toMatchObject({ displayName: 'Spinner', teeth: 12 });
    expect(contract(outcome, 'bench').request.example.path).toBe('/workshops/42/benches/7/gizmos');
  });

  it('the resource from the annotation\'s @odata.type, the permissions as written', () => {
    const plain = contract(build(), 'plain');
    expect(plain).toMatchObject({ resource: 'gizmo', namespace: 'microsoft.graph', apiVersion: 'beta' });
    expect(plain.permissions).toEqual({ delegatedWork: ['Gizmo.ReadWrite', 'workshop.ReadWrite.All'], delegatedPersonal: [], application: ['Gizmo.ReadWrite.Workshop', 'Gizmo.ReadWrite.All'] });
  });

  it('paths as written: alternatives, /me, a numbered repeat, OData segments, a slash added; an elided one left out', () => {
    const outcome = built(build());
    expect(outcome.contract.operation.paths).toEqual([
      '/workshops/{id}/gizmos', '/me/workshop/gizmos', '/workshops/{id}/benches/{id2}/gizmos',
      '/workshops/{id}/root:/{shelf-path}:/gizmos', "/workshops/{id}/range(address='{address}')/gizmos", '/workshops/{id}/gizmoDrafts',
    ]);
    expect(outcome.problems.filter((problem) => !problem.fatal).map((problem) => [problem.code, problem.line])).toEqual(expect.arrayContaining([
      ['POST_PATH_ELIDED', lineOf(page, 'POST /workshops/{id}/shelves/')],
      ['POST_PATH_WITHOUT_SLASH', lineOf(page, 'POST workshops/')],
    ]));
  });

  it('properties from the linked resource page, each recorded with its row there', () => {
    const plain = contract(build(), 'plain');
    expect(plain.properties.map((property) => property.name)).toEqual(['id', 'displayName', 'teeth', 'finish', 'nickname', 'serialNumber', 'createdDateTime']);
    expect(plain.source.propertySources?.[2]).toEqual({ from: 'resourcePage', file: 'beta/resources/gizmo.md', line: lineOf(resourcePage, '| teeth') });
    // The page line that sends the reader there stands in `lines`, so page-line readers stay on the page.
    expect(plain.source.lines?.properties[2]).toBe(lineOf(page, 'In the request body'));
    expect((plain.request.schema.properties as Record<string, unknown>).teeth).toMatchObject({ type: 'integer' });
  });

  it('a shortened response: what it does not show is not missing (no server-owned field asserted, no id required of the example)', () => {
    const outcome = build();
    const plain = contract(outcome, 'plain');
    expect(plain.response.truncated).toBe(true);
    expect(plain.echo.serverOwned).toEqual(['id']);
    const bench = contract(outcome, 'bench');
    expect(bench.response.example.body).toEqual({ displayName: 'Clicker' });
    expect(built(outcome).problems.map((problem) => problem.code)).not.toContain('NO_RESPONSE_ID');
  });

  it('without the annotation\'s "truncated", a missing id is NO_RESPONSE_ID again, and only that example fails', () => {
    const given = edit(page, /"truncated": true,\n  "@odata.type": "microsoft.graph.gizmo"\n\} -->\n```http\nHTTP\/1.1 201 Created\nContent-type: application\/json\n\n\{\n  "displayName": "Clicker"/, '"@odata.type": "microsoft.graph.gizmo"\n} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\n  "displayName": "Clicker"');
    const outcome = built(build(given));
    // Named among the page's create examples, so the one that builds keeps its name.
    expect(outcome.contracts.map((each) => each.name)).toEqual(['beta/api/workshop-post-gizmos.create_gizmo_plain']);
    expect(outcome.problems.filter((problem) => problem.fatal).map((problem) => problem.code)).toEqual(['NO_RESPONSE_ID']);
  });

  it('a placeholder where a typed value belongs is left out of the example, a defect; a relationship binding is never echoed', () => {
    const outcome = build();
    const bench = contract(outcome, 'bench');
    expect(bench.request.example.body).toEqual({ displayName: 'Clicker', 'bench@odata.bind': 'https://graph.microsoft.com/beta/workshops/42/benches/7' });
    expect(bench.docDefects).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PLACEHOLDER_VALUE', field: 'teeth' })]));
    expect(bench.echo.equal).toEqual(['displayName']);
  });

  it('null sent for a property is allowed by the request schema (unset on create)', () => {
    const plain = contract(build(), 'plain');
    expect((plain.request.schema.properties as Record<string, { type: unknown }>).nickname?.type).toEqual(['string', 'null']);
  });

  it('a link that does not resolve is a defect naming it; the contract builds with the properties open', () => {
    const outcome = built(build(page, withResources({})));
    expect(outcome.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'RESOURCE_PAGE_NOT_FOUND', fatal: false, field: '../resources/gizmo.md', line: lineOf(page, 'In the request body') })]));
    expect(outcome.contract.properties).toEqual([]);
    expect(outcome.problems.find((problem) => problem.code === 'RESOURCE_PAGE_NOT_FOUND')?.message).toContain('beta/resources/gizmo.md');
  });

  it('with the model, the fields the examples use take its types when no page documents them, recorded as the model\'s', () => {
    const facts: ModelFacts = {
      source: 'gizmo-model.xml', version: 'beta', flagsProperties: {},
      structuralProperties: { 'microsoft.graph.gizmo': { displayName: { type: 'String', collection: false }, teeth: { type: 'Int32', collection: false }, finish: { type: 'gizmoFinish', collection: false } } },
    };
    const plain = contract(build(page, withResources({}), [facts]), 'plain');
    expect(plain.properties.map((property) => [property.name, property.type])).toEqual([['displayName', 'String'], ['teeth', 'Int32'], ['finish', 'gizmoFinish']]);
    expect(plain.source.propertySources).toEqual([{ from: 'model', model: 'gizmo-model.xml' }, { from: 'model', model: 'gizmo-model.xml' }, { from: 'model', model: 'gizmo-model.xml' }]);
    expect(plain.fromModel?.properties).toEqual([{ name: 'displayName', facts: ['type'] }, { name: 'teeth', facts: ['type'] }, { name: 'finish', facts: ['type'] }]);
  });

  it('no table and no link: NO_PROPERTY_TABLE, a defect; the contract stands on its examples', () => {
    const outcome = built(build(edit(page, 'a [gizmo](../resources/gizmo.md) object.', 'a **gizmo** object.')));
    expect(outcome.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'NO_PROPERTY_TABLE', fatal: false })]));
    expect(outcome.contract.echo.equal).toEqual(['displayName', 'teeth', 'finish', 'nickname']);
  });
});

describe('pages that do not create', () => {
  it('an action (its example answers 204) is skipped as an action, with the reason', () => {
    const outcome = buildPage('beta/api/gizmo-spin.md', new TextEncoder().encode(graphWidePage('beta/api/gizmo-spin.md')), validate);
    expect(outcome).toMatchObject({ status: 'skipped', kind: 'action', reason: expect.stringContaining('204 No Content') });
  });

  it('a resource page and a README are no create pages', () => {
    expect(buildPage('beta/resources/gizmo.md', new TextEncoder().encode(resourcePage), validate)).toMatchObject({ status: 'skipped', kind: 'not-create' });
    expect(buildPage('README.md', new TextEncoder().encode('# Create pages from the docs\n'), validate)).toMatchObject({ status: 'skipped', kind: 'not-create' });
  });

  it('only an error example: the page fails naming why, at the example', () => {
    const onlyError = page.slice(0, page.indexOf('### Example 1')) + page.slice(page.indexOf('### Example 3'));
    const outcome = build(onlyError);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.problems.filter((problem) => problem.fatal)).toMatchObject([{ code: 'NO_EXAMPLE_REQUEST', line: lineOf(onlyError, 'POST https://') }]);
  });
});
