// A service that answers with a value nested thousands deep must not take the report down:
// the failure keeps the evidence cut at a bounded depth, and the outcome serialises.
import { expect, test } from 'vitest';
import { IdRegistry } from '../checks/id-check.ts';
import { createSchemaValidator } from '../contract/compile-schema.ts';
import { truncateJsonDepth } from '../foundation/json-depth.ts';
import { createMockTarget } from '../targets/mock/create-mock-target.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { runContractPath } from './run-contract-path.ts';

const deep = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

test.each([
  ['a scalar', 5, 5],
  ['a shallow object', { a: [1, 2] }, { a: [1, 2] }],
  ['an object past the limit', { a: { b: { c: 1 } } }, { a: { b: '[nested deeper than 2 levels]' } }],
  ['own keys only, __proto__ kept as data', JSON.parse('{"__proto__": {"x": 1}}'), JSON.parse('{"__proto__": {"x": 1}}')],
])('truncateJsonDepth: %s', (_name, value, want) => {
  expect(truncateJsonDepth(value, 2)).toEqual(want);
});

test('a read that answers 10,000 levels deep where the create did not fails read with bounded evidence', async () => {
  const contract = contractFixture();
  const target = createMockTarget([contract], {
    origin: 'http://deep-read.mock.invalid',
    transformResponse: (reply, { request }) => (request.method === 'GET' ? { ...reply, body: reply.body.replace(/"status":"[^"]*"/, `"status":${deep(10_000)}`) } : reply),
  });
  try {
    const outcome = await runContractPath({ target, ids: new IdRegistry(), schemas: createSchemaValidator() }, contract, {
      contract: 'fixture', resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate: contract.operation.paths[0]!,
    });
    if (outcome.kind !== 'ran') throw new Error(`expected a run, got ${JSON.stringify(outcome)}`);
    expect(outcome.checks.read.failures.find((f) => f.field === 'status')?.code).toBe('READ_TYPE_MISMATCH');
    expect(JSON.stringify(outcome).length).toBeLessThan(100_000);
    expect(() => structuredClone(outcome)).not.toThrow();
  } finally {
    await target.close();
  }
});

test('an echoed field answered 10,000 levels deep fails echo with bounded evidence, and the outcome serialises', async () => {
  const contract = contractFixture();
  const target = createMockTarget([contract], {
    origin: 'http://deep.mock.invalid',
    transformResponse: (reply) => ({ ...reply, body: reply.body.replace(/"status":"[^"]*"/, `"status":${deep(10_000)}`) }),
  });
  try {
    const outcome = await runContractPath({ target, ids: new IdRegistry(), schemas: createSchemaValidator() }, contract, {
      contract: 'fixture', resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate: contract.operation.paths[0]!,
    });
    if (outcome.kind !== 'ran') throw new Error(`expected a run, got ${JSON.stringify(outcome)}`);
    const echo = outcome.checks.echo.failures.find((f) => f.field === 'status');
    expect(echo?.code).toBe('ECHO_TYPE_MISMATCH');
    // The read gives back the same deep value: compared cut at a bounded depth, it reads back as created.
    expect(outcome.checks.read).toMatchObject({ ok: true, failures: [] });
    const text = JSON.stringify(outcome);
    expect(text).toContain('[nested deeper than 32 levels]');
    expect(text.length).toBeLessThan(100_000);
    expect(() => structuredClone(outcome)).not.toThrow();
  } finally {
    await target.close();
  }
});
