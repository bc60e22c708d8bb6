// Sends an OutgoingRequest with supertest and keeps the raw body text, so a check can say
// "not JSON" instead of superagent throwing while parsing.
import request from 'supertest';
import type { OutgoingRequest, TargetResponse } from './target-types.ts';

export async function sendWithSupertest(versionBase: string, outgoing: OutgoingRequest): Promise<TargetResponse> {
  const started = performance.now();
  const response = await request(versionBase)
    .post(outgoing.path)
    .set(outgoing.headers)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    })
    .send(JSON.stringify(outgoing.body));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers as Record<string, string | string[]>)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const text = typeof response.body === 'string' ? response.body : response.text ?? '';
  return { status: response.status, headers, text, retries: [], durationMs: performance.now() - started };
}
