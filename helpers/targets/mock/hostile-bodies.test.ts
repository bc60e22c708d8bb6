// The mock answers whatever it is sent, over the real nock wire: bodies whose fields are named
// like Object.prototype's members round-trip through it and pass every check, and bodies it
// refuses (nested too deep, or a contract it cannot serve) get Graph's error body, never a
// dropped connection.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { buildPage } from '../../contract/build-page.ts';
import { createAjv } from '../../contract/create-ajv.ts';
import { createBodyValidator } from '../../contract/body-validator.ts';
import { createSchemaValidator } from '../../contract/compile-schema.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { MAX_JSON_DEPTH } from '../../foundation/json-depth.ts';
import { IdRegistry } from '../../checks/id-check.ts';
import { planPaths } from '../../gate/plan-paths.ts';
import { runContractPath } from '../../gate/run-contract-path.ts';
import { fixturePages } from '../../parse/fixtures/fixture-pages.ts';
import { deepJson, OBJECT_PROTOTYPE_NAMES, ownPropertyPage } from '../../testing/hostile-pages.ts';
import type { Target } from '../target-types.ts';
import { createMockTarget, DEFAULT_MOCK_ORIGIN } from './create-mock-target.ts';

const validate = createBodyValidator(createAjv({ allErrors: false }));
function contractOf(file: string, page: string): Contract {
  const outcome = buildPage(file, new TextEncoder().encode(page), validate);
  if (outcome.status !== 'built') throw new Error(`${file} did not build: ${JSON.stringify(outcome)}`);
  return outcome.contract;
}

const prototypeNames = contractOf('prototype-widget.md', ownPropertyPage('md'));
const widget = contractOf('widget.md', fixturePages.md);
// A contract file missing a field the mock needs (contract loading is another layer's job):
// the mock must still answer.
const broken = { ...contractOf('broken.md', fixturePages.md.replace(/widgetRequests/g, 'brokenWidgets')), properties: undefined } as unknown as Contract;

let target: Target;
beforeAll(() => {
  target = createMockTarget([prototypeNames, widget, broken]);
});
afterAll(async () => {
  await target.close();
});

describe('Object.prototype names as fields', () => {
  test('the example round-trips: 201, every field echoed, every check passes', async () => {
    const [path] = planPaths([{ name: 'prototype-widget', contract: prototypeNames }]);
    const outcome = await runContractPath({ target, ids: new IdRegistry(), schemas: createSchemaValidator() }, prototypeNames, path!.identity);
    if (outcome.kind !== 'ran') throw new Error(JSON.stringify(outcome));
    expect(outcome.status).toBe(201);
    expect(Object.values(outcome.checks).flatMap((check) => check.failures)).toEqual([]);
  });

  test('the echoed entity holds each name as its own field, `__proto__` included', async () => {
    const body = JSON.stringify(prototypeNames.request.example.body);
    const response = await post('/v1.0/widgetHub/prototypeWidgets', body);
    expect(response.status).toBe(201);
    const sent = JSON.parse(body) as Record<string, unknown>;
    const received = JSON.parse(response.text) as Record<string, unknown>;
    for (const name of OBJECT_PROTOTYPE_NAMES) expect([name, received[name]]).toEqual([name, sent[name]]);
  });
});

// `unlisted` is not in the contract: nothing in the schema stops the depth, only the mock's bound.
const refusals = [
  { given: 'a body nested 2,000 deep', path: '/beta/widgetHub/widgetRequests', body: `{"unlisted":${deepJson(2_000, 'object')}}`, want: { status: 400, code: 'BadRequest' } },
  { given: 'a body nested 10,000 deep', path: '/beta/widgetHub/widgetRequests', body: `{"unlisted":${deepJson(10_000, 'array')}}`, want: { status: 400, code: 'BadRequest' } },
  { given: `a body one level past MAX_JSON_DEPTH`, path: '/beta/widgetHub/widgetRequests', body: deepJson(MAX_JSON_DEPTH + 1, 'object'), want: { status: 400, code: 'BadRequest' } },
  { given: 'a request to a contract the mock cannot serve', path: '/beta/widgetHub/brokenWidgets', body: '{"displayName":"x"}', want: { status: 500, code: 'InternalServerError' } },
];

describe('refusals are answered with Graph\'s error body', () => {
  test.each(refusals)('$given', async ({ path, body, want }) => {
    const response = await post(path, body);
    const error = (JSON.parse(response.text) as { error: { code: string; message: string; innerError: Record<string, string> } }).error;
    expect({ status: response.status, code: error.code }).toEqual(want);
    expect(Object.keys(error.innerError)).toEqual(['date', 'request-id', 'client-request-id']);
  });

  test(`a body exactly ${MAX_JSON_DEPTH} deep is still answered 201`, async () => {
    const response = await post('/beta/widgetHub/widgetRequests', `{"unlisted":${deepJson(MAX_JSON_DEPTH - 1, 'object')}}`);
    expect(response.status).toBe(201);
  });
});

function post(path: string, body: string) {
  return request(DEFAULT_MOCK_ORIGIN).post(path).set('Authorization', 'Bearer t').set('Content-Type', 'application/json').send(body);
}
