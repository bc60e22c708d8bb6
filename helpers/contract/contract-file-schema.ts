// The shape of a contract file (contractFormat 1), as a JSON Schema: a loader validates every
// file with it, so a hand-edited or truncated contract is named with the field that is wrong
// instead of failing later as "Cannot read properties of undefined".
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Contract, JsonSchema } from '../foundation/contract-types.ts';
import { createAjv } from './create-ajv.ts';

const STRINGS: JsonSchema = { type: 'array', items: { type: 'string' } };
const HEADERS: JsonSchema = { type: 'object', additionalProperties: { type: 'string' } };
const RELAXED: JsonSchema = {
  type: 'object',
  required: ['constraint', 'documented', 'defect', 'contradictedBy'],
  properties: {
    constraint: { enum: ['enum', 'range'] },
    documented: { anyOf: [STRINGS, { type: 'object', properties: { minimum: { type: 'number' }, maximum: { type: 'number' } } }] },
    defect: { type: 'string' },
    contradictedBy: { type: 'object', required: ['example', 'value'], properties: { example: { enum: ['request', 'response'] } } },
  },
};

const PROPERTY_SOURCE: JsonSchema = {
  anyOf: [
    { type: 'object', required: ['from', 'line'], properties: { from: { const: 'page' }, line: { type: 'integer' } } },
    { type: 'object', required: ['from', 'file', 'line'], properties: { from: { const: 'resourcePage' }, file: { type: 'string' }, line: { type: 'integer' } } },
    { type: 'object', required: ['from', 'model'], properties: { from: { const: 'model' }, model: { type: 'string' } } },
  ],
};

export const CONTRACT_FILE_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['contractFormat', 'source', 'apiVersion', 'namespace', 'resource', 'operation', 'permissions', 'requestHeaders', 'properties', 'request', 'response', 'echo', 'docDefects'],
  properties: {
    contractFormat: { const: 1 },
    source: {
      type: 'object',
      required: ['file', 'sha256', 'dialect'],
      properties: {
        file: { type: 'string' },
        sha256: { type: 'string' },
        commit: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
        dialect: { enum: ['md-front-matter', 'md-legacy', 'text'] },
        propertySources: { type: 'array', items: PROPERTY_SOURCE },
        example: { type: 'object', properties: { name: { type: 'string' }, heading: { type: 'string' } } },
      },
    },
    apiVersion: { enum: ['beta', 'v1.0'] },
    namespace: { type: 'string' },
    resource: { type: 'string', minLength: 1 },
    operation: {
      type: 'object',
      required: ['method', 'paths', 'pathParameters'],
      properties: { method: { const: 'POST' }, paths: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^/' } }, pathParameters: STRINGS },
    },
    permissions: { type: 'object', required: ['delegatedWork', 'delegatedPersonal', 'application'], properties: { delegatedWork: STRINGS, delegatedPersonal: STRINGS, application: STRINGS } },
    requestHeaders: STRINGS,
    properties: { type: 'array', items: { type: 'object', required: ['name', 'type', 'collection', 'readOnly'], properties: { name: { type: 'string' }, type: { type: 'string' }, collection: { type: 'boolean' }, readOnly: { type: 'boolean' }, relaxed: { type: 'array', items: RELAXED } } } },
    request: {
      type: 'object',
      required: ['example', 'schema'],
      properties: {
        example: { type: 'object', required: ['method', 'url', 'path', 'headers', 'body'], properties: { method: { type: 'string' }, url: { type: 'string' }, path: { type: 'string' }, headers: HEADERS, body: { type: 'object' } } },
        schema: { type: 'object' },
      },
    },
    response: {
      type: 'object',
      required: ['status', 'example', 'schema'],
      properties: {
        status: { type: 'integer', minimum: 100, maximum: 599 },
        truncated: { const: true },
        example: { type: 'object', required: ['headers', 'body'], properties: { headers: HEADERS, body: { type: 'object' } } },
        schema: { type: 'object' },
      },
    },
    echo: { type: 'object', required: ['equal', 'serverOwned'], properties: { equal: STRINGS, serverOwned: STRINGS } },
    docDefects: { type: 'array', items: { type: 'object', required: ['code', 'message'] } },
  },
};

export interface ContractFileProblem {
  /** JSON pointer of the offending field, `/` for the whole file. */
  field: string;
  message: string;
}

type ContractFileValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

let validate: ContractFileValidator | undefined;

/** `npm run build` writes the validator's code beside the compiled module (PRECOMPILED). */
export const PRECOMPILED = 'contract-file-validator.cjs';

/** ajv's standalone code of the validator: what the build writes to PRECOMPILED. */
export function contractFileValidatorCode(): string {
  const ajv = createAjv({ allErrors: true, standalone: true });
  const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as typeof standaloneCodeModule;
  return standaloneCode.default(ajv, ajv.compile(CONTRACT_FILE_SCHEMA));
}

/**
 * The validator compiled ahead of time, beside the compiled CLI (no ajv to load, nothing to
 * compile at start-up), or compiled here on first use when running from the sources.
 */
function contractFileValidator(): ContractFileValidator {
  try {
    return createRequire(import.meta.url)(`./${PRECOMPILED}`) as ContractFileValidator;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  return createAjv({ allErrors: true }).compile(CONTRACT_FILE_SCHEMA);
}

/** The file's contract, or every problem with its shape (all of them, each with its field). */
export function validateContractFile(data: unknown): { ok: true; contract: Contract } | { ok: false; problems: ContractFileProblem[] } {
  // Loaded or compiled on first use and kept: one schema, pure data, the same for every run.
  validate ??= contractFileValidator();
  if (validate(data)) return { ok: true, contract: data as Contract };
  const problems = (validate.errors ?? []).map((error) => ({
    field: error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath || '/',
    message: error.keyword === 'required' ? 'is missing' : (error.message ?? 'is invalid'),
  }));
  return { ok: false, problems };
}
