// Compiled validators, shared by the checks and the mock. Compiling (code generation)
// dominates a corpus run, so:
// - validators are cached per distinct schema content: the corpus's 2,040 request and
//   response schemas hold ~870 distinct ones (the same page in two dialects);
// - the first compile stops at the first error and skips ajv's code optimiser (measured
//   over the corpus: 1.06 s instead of 2.09 s); the all-errors validator a report needs is
//   compiled only for a body that failed.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema } from '../contract/contract-types.ts';
import { createAjv, type ContractAjv } from '../contract/create-ajv.ts';

interface Compiled {
  fast: ValidateFunction;
  full?: ValidateFunction;
}

let fastAjv: ContractAjv | undefined;
let fullAjv: ContractAjv | undefined;
const byObject = new WeakMap<JsonSchema, Compiled>();
const byContent = new Map<string, Compiled>();

function compiled(schema: JsonSchema): Compiled {
  let entry = byObject.get(schema);
  if (entry) return entry;
  const key = JSON.stringify(schema);
  entry = byContent.get(key);
  if (!entry) {
    // The builder's Ajv (its formats decide what "valid" means), with compile-time options
    // changed before its first compile; ajv reads them per compile.
    fastAjv ??= createAjv();
    fastAjv.opts.allErrors = false;
    fastAjv.opts.code.optimize = false;
    entry = { fast: fastAjv.compile(schema) };
    byContent.set(key, entry);
  }
  byObject.set(schema, entry);
  return entry;
}

/** A validator for `schema`; on failure its `errors` hold the first error only. */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  return compiled(schema).fast;
}

/** Every error `data` has against `schema` (empty when valid), for reports. */
export function schemaErrors(schema: JsonSchema, data: unknown): ErrorObject[] {
  const entry = compiled(schema);
  if (entry.fast(data)) return [];
  fullAjv ??= createAjv();
  entry.full ??= fullAjv.compile(schema);
  entry.full(data);
  return [...(entry.full.errors ?? [])];
}
