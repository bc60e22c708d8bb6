import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract, JsonValue } from '../foundation/contract-types.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import { validateContractFile } from './contract-file-schema.ts';

// A contract file with relaxed constraints loads; a malformed relaxed entry is named by its field.
const seed = JSON.parse(readFileSync(join(SEED_CONTRACTS_DIR, '003_94be7b3d74f27413.json'), 'utf8')) as Contract;
const withRelaxed = (relaxed: JsonValue): unknown => ({ ...seed, properties: seed.properties.map((property, index) => (index === 0 ? { ...property, relaxed } : property)) });
const contradictedBy = { example: 'request', value: 'x' };

const cases: Array<[string, { relaxed: JsonValue; fields: string[] }]> = [
  ['an enum relaxed', { relaxed: [{ constraint: 'enum', documented: ['a', 'b'], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy }], fields: [] }],
  ['a range relaxed', { relaxed: [{ constraint: 'range', documented: { minimum: 1, maximum: 12 }, defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy }], fields: [] }],
  ['an unknown constraint', { relaxed: [{ constraint: 'format', documented: [], defect: 'EXAMPLE_CONTRADICTS_TABLE', contradictedBy }], fields: ['/properties/0/relaxed/0/constraint'] }],
  ['no contradicting value', { relaxed: [{ constraint: 'enum', documented: ['a'], defect: 'EXAMPLE_CONTRADICTS_TABLE' }], fields: ['/properties/0/relaxed/0/contradictedBy'] }],
];

describe('contract file schema: relaxed constraints', () => {
  it.each(cases)('%s', (_name, { relaxed, fields }) => {
    const result = validateContractFile(withRelaxed(relaxed));
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual(fields);
  });
});
