import '../helpers/runtime/promise-with-resolvers.ts';
import nock from 'nock';
import https from 'node:https';
nock.disableNetConnect();
nock('https://graph.microsoft.com').persist().intercept(() => true, 'POST').reply(async (req: Request) => { await req.text(); return [201, '{"a":1}', { 'Content-Type': 'application/json' }]; });
const N = 3000;
const t = performance.now();
for (let i = 0; i < N; i++) await new Promise<void>((res, rej) => { const r = https.request('https://graph.microsoft.com/beta/x/y', { method: 'POST', headers: {'Content-Type':'application/json'} }, (resp) => { resp.resume(); resp.on('end', () => res()); }); r.on('error', rej); r.end('{"z":2}'); });
console.log('https.request seq', ((performance.now() - t) / N).toFixed(2), 'ms');
