// An error answer reads the same in every output: Graph's code, the refused field and Intune's
// message decoded from the JSON it nests in `error.message` (never the escaped JSON), said once
// for echo and id.
import { describe, expect, test } from 'vitest';
import { IdRegistry } from '../checks/id-check.ts';
import { createSchemaValidator } from '../contract/compile-schema.ts';
import { createMockTarget } from '../targets/mock/create-mock-target.ts';
import { contractFixture } from '../testing/contract-fixture.ts';
import { describeGraphError } from './classify-outcome.ts';
import { runContractPath } from './run-contract-path.ts';

const intune = (code: string, message: string) => JSON.stringify({ error: { code, message: JSON.stringify({ _version: 3, Message: message, CustomApiErrorPhrase: '', RetryAfter: null, ErrorSourceService: '' }), innerError: { 'request-id': 'r1' } } });

describe('describeGraphError', () => {
  test.each([
    ['Intune JSON inside the message, naming a field', intune('BadRequest', "Invalid value for property 'userName'"), "BadRequest: refused field userName: Invalid value for property 'userName'"],
    ['a plain Graph error', JSON.stringify({ error: { code: 'Forbidden', message: 'Application is not authorized.' } }), 'Forbidden: Application is not authorized.'],
    ['not a Graph error', '<html>bad gateway</html>', undefined],
  ])('%s', (_name, body, want) => {
    expect(describeGraphError(body)).toBe(want);
  });
});

test("the echo and id checks of an error answer carry one decoded reason, the console's", async () => {
  const contract = contractFixture();
  const target = createMockTarget([contract], {
    origin: 'http://refusing.mock.invalid',
    transformResponse: (reply) => ({ ...reply, status: 400, body: intune('BadRequest', "Invalid value for property 'userName'") }),
  });
  try {
    const outcome = await runContractPath({ target, ids: new IdRegistry(), schemas: createSchemaValidator() }, contract, {
      contract: 'fixture', resource: contract.resource, apiVersion: contract.apiVersion, pathTemplate: contract.operation.paths[0]!,
    });
    if (outcome.kind !== 'ran') throw new Error(`expected a run, got ${JSON.stringify(outcome)}`);
    const want = "HTTP 400 is not a created entity: BadRequest: refused field userName: Invalid value for property 'userName'.";
    expect(outcome.checks.echo.failures.map((f) => [f.code, f.message])).toEqual([['BODY_UNAVAILABLE', want]]);
    expect(outcome.checks.id.failures.map((f) => [f.code, f.message])).toEqual([['BODY_UNAVAILABLE', want]]);
    expect(outcome.classified).toMatchObject({ outcome: 'example-refused', code: 'BadRequest', field: 'userName' });
    expect(JSON.stringify(outcome.checks)).not.toContain('_version');
  } finally {
    await target.close();
  }
});
