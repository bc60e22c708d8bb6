// Schema validation shared by the checks and the mock. Compiling (code generation) dominates a
// corpus run, so validation goes through the builder's per-property validator: contract body
// schemas are objects of independent properties, and the corpus's ~36,000 property schemas hold
// only ~1,100 distinct ones, each compiled once (see helpers/contract/body-validator.ts).
// The compile cache belongs to the run context that creates the validator, not to the module.
import type { ErrorObject } from 'ajv';
import type { JsonSchema, JsonValue } from '../foundation/contract-types.ts';
import { createAjv } from './create-ajv.ts';
import { createBodyValidator } from './body-validator.ts';

export interface SchemaValidator {
  /** Every error `data` has against the body `schema` (empty when valid). */
  errors(schema: JsonSchema, data: unknown): ErrorObject[];
}

export function createSchemaValidator(): SchemaValidator {
  const validateBody = createBodyValidator(createAjv({ allErrors: false }));
  return { errors: (schema, data) => validateBody(schema, data as JsonValue) };
}
