import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import { ODATA_TYPE_KEYWORD } from './primitive-schema.ts';

// ajv and ajv-formats (CommonJS) load on the first createAjv() call, not with this module: a
// command that only reads contracts (diff, with the contract-file validator compiled ahead by
// `npm run build`) never pays for them.
const load = createRequire(import.meta.url);

// One place builds the validator for the builder, the mock and the checks. It is ajv and
// ajv-formats as shipped: contracts express OData's lexical forms as patterns (see
// foundation/odata-lexical-forms.ts), so no format is redefined here and any JSON Schema
// 2020-12 validator gives the contracts' verdicts. The one addition is the `x-odata-type`
// annotation, declared so ajv's strict mode (off here, on by default) accepts it.

export type ContractAjv = Ajv2020;

export interface AjvChoices {
  /** Every error, or stop at the first one: the first is enough per property, and compiles ~2x faster. */
  allErrors?: boolean;
  /** Keep each compiled validator's source, for ajv's standalone code. */
  standalone?: boolean;
}

export function createAjv({ allErrors = true, standalone = false }: AjvChoices = {}): ContractAjv {
  const { Ajv2020: Ajv } = load('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = load('ajv-formats') as typeof addFormatsModule;
  // ajv's code optimiser pays off for a validator run millions of times; these run a few times
  // each, so compiling faster wins. For the same reason no schema is validated against the
  // 2020-12 meta-schema before it is compiled (a quarter of each compile, and of the build's
  // ~1,100): the schemas are the builder's own output, and ajv still rejects, while compiling,
  // a keyword whose value has the wrong type (`"type": "strin"`, `"enum": "a"`, a bad pattern).
  const ajv = new Ajv({ allErrors, strict: false, validateFormats: true, validateSchema: false, code: { optimize: false, source: standalone } });
  addFormats.default(ajv);
  declareContractAnnotations(ajv);
  return ajv;
}

/** What a stock ajv needs to compile contracts in strict mode: the annotation keyword, declared. */
export function declareContractAnnotations(ajv: ContractAjv): void {
  ajv.addKeyword({ keyword: ODATA_TYPE_KEYWORD, schemaType: 'string' });
}
