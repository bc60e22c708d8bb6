import type { Contract } from '../foundation/contract-types.ts';
import type { SchemaValidator } from '../contract/compile-schema.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import { checkResult, type CheckFailure, type CheckResult } from './check-types.ts';
import type { ParsedBody } from './parse-response-body.ts';

/** The body is JSON, an object, and valid against the contract's response schema. */
export function checkJsonBody(contract: Contract, parsed: ParsedBody, schemas: SchemaValidator): CheckResult {
  if (!parsed.ok) return checkResult('json', [parsed.failure]);
  const body = parsed.body;
  if (!isJsonObject(body)) {
    return checkResult('json', [{ code: 'BODY_NOT_OBJECT', message: 'Body is JSON but not an object.', received: body }]);
  }
  const failures: CheckFailure[] = schemas.errors(contract.response.schema, body).map((e) => ({
    code: 'SCHEMA_VIOLATION',
    field: e.instancePath || '/',
    message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'} (schema ${e.schemaPath}).`,
  }));
  return checkResult('json', failures);
}
