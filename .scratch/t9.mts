import { loadContracts } from '../helpers/spec/load-contracts.ts';
import { createAjv } from '../helpers/contract/create-ajv.ts';
const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0) + ' MB heap ' + (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
console.log('start', mb());
const cs = loadContracts('/tmp/corpus-c'); console.log('loaded', mb());
const keys = [...new Set(cs.flatMap(c => [JSON.stringify(c.contract.request.schema), JSON.stringify(c.contract.response.schema)]))];
for (const [allErrors, optimize] of [[true, true], [false, false]] as const) {
  const ajv = createAjv(); ajv.opts.allErrors = allErrors; ajv.opts.code.optimize = optimize;
  const t = performance.now(); const fns = keys.map(k => ajv.compile(JSON.parse(k)));
  (globalThis as any).gc?.();
  console.log({ allErrors, optimize }, ((performance.now() - t)).toFixed(0), 'ms for', keys.length, mb(), fns.length);
}
