// One case of `npm run bench:hostile`, run in its own process so a case that never finishes can
// be killed by the driver (hostile-bench.ts) without losing the others. Prints one JSON line:
// the milliseconds the case took (wall and CPU) and what came out (status and codes), or the error it threw.
import { buildPage } from '../helpers/contract/build-page.ts';
import { createAjv } from '../helpers/contract/create-ajv.ts';
import { createBodyValidator } from '../helpers/contract/body-validator.ts';
import { contractJson } from '../helpers/contract/contract-json.ts';
import { createSchemaValidator } from '../helpers/contract/compile-schema.ts';
import { answerRequest } from '../helpers/targets/mock/answer-request.ts';
import { MockRoutes } from '../helpers/targets/mock/mock-routes.ts';
import { HOSTILE_CASES } from './hostile-cases.ts';

const name = process.argv[2] ?? '';
const hostile = HOSTILE_CASES.find((candidate) => candidate.name === name);
if (!hostile) throw new Error(`no hostile case "${name}": expected one of ${HOSTILE_CASES.map((c) => c.name).join(', ')}`);

const validate = createBodyValidator(createAjv({ allErrors: false }));
const clock = { newGuid: () => '00000000-0000-4000-8000-000000000000', nowTicks: () => 0n };

function run(): string {
  if (hostile!.kind === 'page') {
    const outcome = buildPage('hostile.md', new TextEncoder().encode(hostile!.page()), validate);
    if (outcome.status === 'built') return `built (${contractJson(outcome.contract).length} bytes of contract)`;
    if (outcome.status === 'skipped') return `skipped: ${outcome.reason}`;
    return `failed ${[...new Set(outcome.problems.filter((p) => p.fatal).map((p) => `${p.code}${p.line ? `@${p.line}` : ''}`))].join(', ')}`;
  }
  const built = buildPage('widget.md', new TextEncoder().encode(hostile!.contractPage()), validate);
  if (built.status !== 'built') throw new Error('the mock case\'s contract page did not build');
  const contract = built.contract;
  const routes = new MockRoutes([contract]);
  const url = `http://graph.mock.invalid/${contract.apiVersion}${contract.operation.paths[0]}`;
  const reply = answerRequest({ routes, clock, schemas: createSchemaValidator() }, { method: 'POST', url, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, bodyText: hostile!.body() });
  const code = reply.status >= 400 ? ` ${(JSON.parse(reply.body) as { error: { code: string } }).error.code}` : '';
  return `mock answered ${reply.status}${code}`;
}

// Wall time, and CPU time (user + system, all threads: GC included), which the other
// sessions sharing this machine's cores disturb less.
const started = performance.now();
const cpuStarted = process.cpuUsage();
let outcome: string;
try {
  outcome = run();
} catch (error) {
  outcome = `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error)}`;
}
const cpu = process.cpuUsage(cpuStarted);
console.log(JSON.stringify({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, outcome }));
