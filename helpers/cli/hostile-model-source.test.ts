// Model URLs that hang, drip or flood, on 127.0.0.1: each ends in one coded line naming the URL,
// exit 2, in bounded time, never a crash. The bounds are lowered by the options, which is what
// proves them (a real flood is not sent).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { SEED_CONTRACTS_DIR } from '../testing/seed-contracts.ts';
import { nameNeeding, sharedData } from '../testing/shared-data.ts';

const BETA_MODEL = sharedData(['metadata', 'beta-2021-07-13.xml']);

const timers = new Set<NodeJS.Timeout>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/hang') return; // accepts the connection, never answers
    if (request.url === '/drip') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.write('<?xml version="1.0"?><!--');
      const timer = setInterval(() => response.write('x'), 100);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (request.url === '/flood') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = `<!--${'x'.repeat(64 * 1024)}-->`;
      const pump = () => { while (response.write(chunk)) { /* until the socket pushes back */ } };
      response.on('drain', pump);
      response.write('<?xml version="1.0"?><edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">');
      pump();
      return;
    }
    if (request.url === '/declared') {
      response.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(3 * 1024 * 1024 * 1024) });
      response.write('<');
      return;
    }
    response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const lint = (path: string, ...options: string[]) => runCli(['lint', SEED_CONTRACTS_DIR, '--metadata', `beta=${base}${path}`, ...options]);

describe('lint --metadata <url> that misbehaves', () => {
  test.each([
    ['never answers', '/hang', ['--model-timeout', '0.3'], /no answer within 300 ms \(connect deadline\) \[MODEL_TIMEOUT\]/],
    ['answers one byte at a time', '/drip', ['--model-timeout', '0.3'], /did not arrive within 900 ms \(total deadline; \d+ ms spent\) \[MODEL_TIMEOUT\]/],
    ['sends without end', '/flood', ['--model-max-mb', '1'], /the answer went past the cap of 1 MB; reading stopped there \[MODEL_TOO_LARGE\]/],
    ['declares 3 GB', '/declared', [], /the answer declares 3072 MB, over the cap of 64 MB \[MODEL_TOO_LARGE\]/],
    ['answers 503', '/down', [], /cannot fetch the model: HTTP 503 Service Unavailable \[MODEL_UNREADABLE\]/],
  ])('%s: one coded line naming the URL, exit 2', async (_name, path, options, line) => {
    const started = Date.now();
    const result = await lint(path as string, ...(options as string[]));
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${base}${path}`);
    expect(lines[0]).toMatch(line as RegExp);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test.skipIf(BETA_MODEL.missing)(nameNeeding('a model file over the cap is refused before it is read', BETA_MODEL), async () => {
    const result = await runCli(['lint', SEED_CONTRACTS_DIR, '--metadata', `beta=${BETA_MODEL.path}`, '--model-max-mb', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/beta-2021-07-13\.xml: the file is 4(\.\d)? MB, over the cap of 1 MB \[MODEL_TOO_LARGE\]/);
  });

  test('a bound that is not a number is a usage error', async () => {
    expect((await lint('/hang', '--model-timeout', 'soon')).code).toBe(2);
  });
});
