import { loadContracts } from '/work/main/helpers/spec/load-contracts.ts';
import { compileSchema } from '/work/main/helpers/schema/compile-schema.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
const cs = loadContracts('/tmp/corpus-c');
const keys = new Set(cs.flatMap(c => [JSON.stringify(c.contract.request.schema), JSON.stringify(c.contract.response.schema)]));
console.log('schemas', cs.length * 2, 'distinct', keys.size);
for (const allErrors of [true, false]) for (const optimize of [true, false]) {
  const ajv = new Ajv2020({ allErrors, strict: false, code: { optimize } }); addFormats.default(ajv);
  const t = performance.now();
  for (const k of [...keys].slice(0, 400)) ajv.compile(JSON.parse(k));
  console.log({ allErrors, optimize }, ((performance.now() - t) / 400).toFixed(2), 'ms/schema');
}
