// Every request to one origin answered in process through nock, and no other connection
// allowed: what the mock and the replay target both stand on. Each gives the answer for a
// request; this turns nock's Request into the mock's MockRequest and the reply back.
import nock from 'nock';
import type { MockReply, MockRequest } from './mock-types.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Intercepts `origin`; the returned function removes every interceptor and lets connections out again. */
export function interceptOrigin(origin: string, answer: (request: MockRequest) => MockReply): () => void {
  nock.disableNetConnect();
  const scope = nock(origin).persist();
  for (const method of METHODS) {
    scope.intercept(() => true, method).reply(async (req: Request) => {
      const reply = answer(await toMockRequest(req));
      return [reply.status, reply.body, reply.headers] as const;
    });
  }
  return () => {
    nock.cleanAll();
    nock.enableNetConnect();
  };
}

async function toMockRequest(req: Request): Promise<MockRequest> {
  // fromEntries defines own properties: a header named `__proto__` stays a header.
  const headers: Record<string, string> = Object.fromEntries([...req.headers].map(([name, value]) => [name.toLowerCase(), value]));
  return { method: req.method, url: req.url, headers, bodyText: await req.text() };
}
