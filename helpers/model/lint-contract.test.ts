import { describe, expect, it } from 'vitest';
import type { Contract } from '../foundation/contract-types.ts';
import { WIDGET_CSDL, widgetContract, withProperty } from '../testing/widget-model.ts';
import { lintContract } from './lint-contract.ts';
import { readCsdl } from './read-csdl.ts';

const model = readCsdl(WIDGET_CSDL, 'widget.xml');
const base = widgetContract();
const colour = base.properties.find((property) => property.name === 'colour')!;
const asGear = (contract: Contract): Contract => ({
  ...contract,
  resource: 'gearWidget',
  request: { ...contract.request, example: { ...contract.request.example, body: { '@odata.type': '#microsoft.graph.gearWidget' } } },
});

// [name, contract, codes the lint must report (sorted), the property they are about]
const cases: [string, Contract, string[], string | undefined][] = [
  ['a contract the model agrees with (the flags enum is a note)', base, ['FLAGS_ENUM'], 'platforms'],
  ['a property the type and its bases lack', withProperty({ name: 'weight', type: 'Int32', collection: false, readOnly: false }), ['FLAGS_ENUM', 'PROPERTY_NOT_IN_MODEL'], 'weight'],
  ['a navigation property documented as a property', withProperty({ name: 'parts', type: 'part', referencedType: 'part', collection: true, readOnly: false }), ['FLAGS_ENUM', 'PROPERTY_IS_NAVIGATION'], 'parts'],
  ['a primitive type that differs', withProperty({ name: 'displayName', type: 'Int32', collection: false, readOnly: false }), ['FLAGS_ENUM', 'PROPERTY_TYPE_MISMATCH'], 'displayName'],
  ['a complex type name that differs', withProperty({ name: 'size', type: 'widgetDimensions', referencedType: 'widgetDimensions', collection: false, readOnly: false }), ['FLAGS_ENUM', 'PROPERTY_TYPE_MISMATCH'], 'size'],
  ['a collection documented as a single value', withProperty({ name: 'tags', type: 'String', collection: false, readOnly: false }), ['FLAGS_ENUM', 'PROPERTY_COLLECTION_MISMATCH'], 'tags'],
  ['an enum value the model lacks', withProperty({ ...colour, enumValues: [...colour.enumValues!, 'blue'] }), ['ENUM_MEMBER_NOT_IN_MODEL', 'FLAGS_ENUM'], 'colour'],
  ['a model member the page omits', withProperty({ ...colour, enumValues: ['red', 'unknownFutureValue', 'ultraviolet'] }), ['ENUM_MEMBER_NOT_ON_PAGE', 'FLAGS_ENUM'], 'colour'],
  ['a member of the evolvable tail the page omits', withProperty({ ...colour, enumValues: ['red', 'green', 'unknownFutureValue'] }), ['ENUM_EVOLVABLE_MEMBER_NOT_ON_PAGE', 'FLAGS_ENUM'], 'colour'],
  ['an enum value the model lacks, in a list the example broke (relaxed)', withProperty({ name: 'colour', type: 'widgetColour', referencedType: 'widgetColour', collection: false, readOnly: false, relaxed: [{ constraint: 'enum', documented: [...colour.enumValues!, 'blue'], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy: { example: 'request', value: 'pink' } }] }), ['ENUM_MEMBER_NOT_IN_MODEL', 'FLAGS_ENUM'], 'colour'],
  ['a model enum the page lists no values for', withProperty({ name: 'colour', type: 'widgetColour', referencedType: 'widgetColour', collection: false, readOnly: false }), ['ENUM_VALUES_NOT_ON_PAGE', 'FLAGS_ENUM'], 'colour'],
  ['a model property the table leaves out', { ...base, properties: base.properties.filter((property) => property.name !== 'tags') }, ['FLAGS_ENUM', 'MODEL_PROPERTIES_NOT_ON_PAGE'], undefined],
  ['an entity type the model lacks', { ...base, resource: 'gadget', request: { ...base.request, example: { ...base.request.example, body: {} } }, response: { ...base.response, example: { headers: {}, body: { id: '1' } } } }, ['ENTITY_TYPE_NOT_IN_MODEL'], undefined],
  ['a derived type created in its base collection, its own property not documented', asGear(base), ['FLAGS_ENUM', 'MODEL_PROPERTIES_NOT_ON_PAGE'], undefined],
  ['a path that does not resolve', { ...base, operation: { ...base.operation, paths: ['/gadgets'] } }, ['FLAGS_ENUM', 'POST_PATH_UNRESOLVED'], undefined],
  ['a path to a single entity', { ...base, operation: { ...base.operation, paths: ['/workshop/favourite'] } }, ['FLAGS_ENUM', 'POST_PATH_NOT_COLLECTION'], undefined],
  ['a path to a collection of an unrelated type', { ...base, operation: { ...base.operation, paths: ['/parts'] } }, ['FLAGS_ENUM', 'POST_PATH_WRONG_TYPE'], undefined],
  ["a base type's contract posted to a derived type's collection", { ...base, operation: { ...base.operation, paths: ['/widgets/microsoft.graph.gearWidget'] } }, ['FLAGS_ENUM', 'POST_PATH_WRONG_TYPE'], undefined],
];

describe('lintContract', () => {
  it.each(cases)('reports %s', (_name, contract, codes, property) => {
    const { findings } = lintContract(contract, model);
    expect(findings.map((finding) => finding.code).sort()).toEqual(codes);
    const finding = findings.find((candidate) => candidate.code === codes.find((code) => code !== 'FLAGS_ENUM') || (codes.length === 1 && candidate.code === codes[0]));
    expect(finding).toMatchObject({ file: 'pages/widget-create.md', resource: contract.resource });
    expect(finding?.property).toBe(property);
  });

  it('names what the evolvable tail is rather than calling it missing', () => {
    const { findings } = lintContract(withProperty({ ...colour, enumValues: ['red', 'green'] }), model);
    expect(findings.find((finding) => finding.code === 'ENUM_EVOLVABLE_MEMBER_NOT_ON_PAGE')?.message).toContain('"unknownFutureValue", "ultraviolet" from unknownFutureValue on (the evolvable tail)');
    expect(findings.some((finding) => finding.code === 'ENUM_MEMBER_NOT_ON_PAGE')).toBe(false);
  });

  it('counts the paths that resolve for the availability matrix', () => {
    const contract = { ...base, operation: { ...base.operation, paths: ['/widgets', '/gadgets', '/workshop/widgets'] } };
    expect(lintContract(contract, model).availability).toEqual({ entityType: true, pathsResolved: 2, pathsTotal: 3 });
  });
});

describe('lintContract: page lines', () => {
  const lines = { paths: [20, 21], properties: [30, 31, 32, 33, 34, 35], exampleRequest: 50, exampleResponse: 60 };
  const located = (contract: Contract): Contract => ({ ...contract, source: { ...contract.source, lines } });

  it.each([
    ['a property finding at its table row', withProperty({ ...colour, enumValues: ['red'] }), 'ENUM_MEMBER_NOT_ON_PAGE', 35, 'Properties'],
    ['a path finding at its POST line', { ...base, operation: { ...base.operation, paths: ['/widgets', '/gadgets'] } }, 'POST_PATH_UNRESOLVED', 21, 'HTTP request'],
    ['a coverage finding at the first table row', { ...base, properties: base.properties.filter((property) => property.name !== 'tags') }, 'MODEL_PROPERTIES_NOT_ON_PAGE', 30, 'Properties'],
    ['an entity type finding at the example request', { ...base, resource: 'gadget', request: { ...base.request, example: { ...base.request.example, body: {} } }, response: { ...base.response, example: { headers: {}, body: { id: '1' } } } }, 'ENTITY_TYPE_NOT_IN_MODEL', 50, 'Example request'],
  ])('puts %s', (_name, contract, code, line, section) => {
    expect(lintContract(located(contract), model).findings.find((finding) => finding.code === code)).toMatchObject({ line, section });
  });

  it('gives no line for a contract built before lines were recorded', () => {
    expect(lintContract(withProperty({ ...colour, enumValues: ['red'] }), model).findings.every((finding) => finding.line === undefined)).toBe(true);
  });
});
