import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema, JsonValue } from './contract-types.ts';
import type { ContractAjv } from './create-ajv.ts';

// Compiling one whole body schema costs ~3 ms in ajv, and a corpus run has two per contract.
// Contract body schemas are objects of independent properties (`type`, `required`,
// `properties` and at most `additionalProperties: false` at the top; no dependencies or
// combinators), so checking each present property on its own gives the same verdict as the
// whole schema. Across the corpus only ~1,100 of ~36,000 property
// schemas are distinct, so compiling per distinct property schema is ~20x cheaper.

export type BodyValidator = (schema: JsonSchema, body: JsonValue) => ErrorObject[];

export function createBodyValidator(ajv: ContractAjv): BodyValidator {
  const compiled = new Map<string, ValidateFunction>();
  const compile = (schema: JsonValue): ValidateFunction => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      // A private copy: callers may edit their schema later (reconciliation drops keywords),
      // and ajv's compiled code keeps references into the object it compiled.
      validate = ajv.compile(structuredClone(schema) as JsonSchema);
      compiled.set(key, validate);
    }
    return validate;
  };

  return (schema, body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return [topError('type', { type: 'object' }, 'must be object')];
    }
    const errors: ErrorObject[] = [];
    for (const name of asStrings(schema.required)) {
      if (!(name in body)) errors.push(topError('required', { missingProperty: name }, `must have required property '${name}'`));
    }
    const properties = schema.properties;
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return errors;
    for (const [name, value] of Object.entries(body)) {
      const propertySchema = properties[name];
      if (propertySchema === undefined) {
        if (schema.additionalProperties === false) errors.push(topError('additionalProperties', { additionalProperty: name }, 'must NOT have additional properties'));
        continue;
      }
      const validate = compile(propertySchema);
      if (validate(value)) continue;
      const prefix = `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      for (const error of validate.errors ?? []) errors.push({ ...error, instancePath: prefix + error.instancePath });
    }
    return errors;
  };
}

function topError(keyword: string, params: Record<string, unknown>, message: string): ErrorObject {
  return { keyword, instancePath: '', schemaPath: `#/${keyword}`, params, message };
}

function asStrings(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
