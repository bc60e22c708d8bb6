import '../helpers/runtime/promise-with-resolvers.ts';
import nock from 'nock';
import request from 'supertest';
import http from 'node:http';
nock.disableNetConnect();
const body = JSON.stringify({ a: 'x'.repeat(1000) });
nock('http://graph.mock.invalid').persist().intercept(() => true, 'POST').reply(async (req: Request) => { await req.text(); return [201, body, { 'Content-Type': 'application/json' }]; });
const N = 1500; const C = Number(process.env.C ?? 8);
async function run(name: string, one: () => Promise<unknown>) {
  let next = 0; const t = performance.now();
  await Promise.all(Array.from({ length: C }, async () => { while (next++ < N) await one(); }));
  console.log(name, 'C', C, ((performance.now() - t) / N).toFixed(3), 'ms/req');
}
await run('raw http', () => new Promise<void>((res, rej) => { const r = http.request('http://graph.mock.invalid/beta/x/y', { method: 'POST', headers: {'Content-Type':'application/json'} }, (resp) => { resp.resume(); resp.on('end', () => res()); }); r.on('error', rej); r.end(body); }));
await run('supertest', () => request('http://graph.mock.invalid').post('/beta/x/y').set('Content-Type','application/json').send(body));
await run('supertest custom parse', () => request('http://graph.mock.invalid').post('/beta/x/y').set('Content-Type','application/json').buffer(true).parse((res, done) => { let t=''; res.setEncoding('utf8'); res.on('data', (c: string) => t += c); res.on('end', () => done(null, t)); }).send(body));
await run('raw http', () => new Promise<void>((res, rej) => { const r = http.request('http://graph.mock.invalid/beta/x/y', { method: 'POST', headers: {'Content-Type':'application/json'} }, (resp) => { resp.resume(); resp.on('end', () => res()); }); r.on('error', rej); r.end(body); }));
