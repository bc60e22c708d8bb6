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
  releaseLeftoverHandle(response);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers as Record<string, string | string[]>)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const text = typeof response.body === 'string' ? response.body : response.text ?? '';
  return { status: response.status, headers, text, retries: [], durationMs: performance.now() - started };
}

interface SocketWithHandle {
  destroyed: boolean;
  _handle?: { close(): void } | null;
}

/**
 * @mswjs/interceptors (under nock 15) answers on a socket whose `_destroy` it replaces, so the
 * TCP handle Node opened for the never-made connection is not closed when the socket is
 * destroyed. Each intercepted request then keeps its socket, request and response alive
 * (~40 KB each, 65 MB over the corpus). Closing the handle of a destroyed socket is what
 * Node's own `_destroy` does; a real socket has no handle left by then, so this is a no-op.
 */
function releaseLeftoverHandle(response: request.Response): void {
  const socket = (response as { res?: { socket?: SocketWithHandle | null } }).res?.socket;
  if (socket?.destroyed && socket._handle) {
    socket._handle.close();
    socket._handle = null;
  }
}
