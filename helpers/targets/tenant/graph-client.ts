// Every HTTP call to the tenant goes through here: concurrency limit, write budget, bearer
// token (refetched once on 401), request timeout, and retries of 429/503/504 honouring
// Retry-After. It uses Node's fetch rather than supertest: supertest is built to drive an
// app or a URL from a test, while this client needs AbortSignal timeouts and to be shared
// by token, discovery, create and delete calls outside any test. Specs still use supertest
// against the mock; TargetResponse is the same either way.
import type { ResilienceConfig } from '../../config/tenant-config.ts';
import type { JsonValue } from '../../foundation/contract-types.ts';
import type { RetryRecord, TargetResponse } from '../target-types.ts';
import type { Clock } from '../../foundation/clock.ts';
import { CodedError } from '../../foundation/coded-error.ts';
import type { Limiter } from './concurrency-limit.ts';
import { decodeGraphError } from './graph-error.ts';
import { RETRYABLE_STATUSES, backoffMs, parseRetryAfter } from './retry-policy.ts';
import { RequestTimeoutError } from './tenant-errors.ts';
import type { TokenProvider } from './token-provider.ts';
import type { WriteBudget } from './write-budget.ts';

export type GraphMethod = 'GET' | 'POST' | 'DELETE';

export interface GraphCall {
  method: GraphMethod;
  /** Absolute URL. */
  url: string;
  headers?: Record<string, string>;
  body?: JsonValue;
  /** Ends the call (every attempt and wait) when aborted; the call then rejects with its reason. */
  signal?: AbortSignal;
  /** The answer's body is read only up to this many bytes; more rejects with ResponseTooLargeError. */
  maxBytes?: number;
}

/** An answer larger than the call's `maxBytes` (only the model check sets one). */
export class ResponseTooLargeError extends CodedError {
  readonly code = 'MODEL_TOO_LARGE';
}

export interface GraphClientDeps {
  resilience: ResilienceConfig;
  tokens: TokenProvider;
  limit: Limiter;
  writeBudget: WriteBudget;
  clock: Clock;
}

export type GraphClient = (call: GraphCall) => Promise<TargetResponse>;

export function createGraphClient(deps: GraphClientDeps): GraphClient {
  const { resilience, tokens, clock } = deps;
  return (call) =>
    deps.limit(async () => {
      const started = clock.now();
      const retries: RetryRecord[] = [];
      let refreshed = false;
      for (let attempt = 1; ; attempt++) {
        call.signal?.throwIfAborted();
        // Each attempt is a write of its own as far as the service's budget is concerned.
        const settle = call.method !== 'GET' ? await deps.writeBudget.acquire() : undefined;
        let outcome: Attempt;
        try {
          outcome = await attemptOnce(call, await tokens.get(), resilience.requestTimeoutMs);
        } finally {
          settle?.();
        }
        const last = attempt >= resilience.maxAttempts;
        if (outcome.kind === 'timeout') {
          // A POST that timed out may still have created its entity: retrying could create two.
          if (call.method === 'POST' || last) {
            throw new RequestTimeoutError(
              `${call.method} ${call.url} got no answer within ${resilience.requestTimeoutMs} ms (attempt ${attempt}). ` +
                (call.method === 'POST' ? 'An entity may have been created: the run keeps its journal, and `graph-contracts sweep` finds it. ' : '') +
                'Raise GRAPH_REQUEST_TIMEOUT_MS if the service is slow.',
            );
          }
          const waitedMs = backoffMs(attempt, resilience.backoffBaseMs, clock.random());
          retries.push({ attempt, status: 0, waitedMs, reason: `no answer within ${resilience.requestTimeoutMs} ms` });
          await clock.sleep(waitedMs);
          continue;
        }
        const { response } = outcome;
        if (response.status === 401 && !refreshed && !last) {
          refreshed = true;
          tokens.invalidate();
          retries.push({ attempt, status: 401, waitedMs: 0, reason: 'token rejected (expired?): fetched a new token' });
          continue;
        }
        if (RETRYABLE_STATUSES.has(response.status) && !last) {
          const retryAfter = parseRetryAfter(response.headers['retry-after'], clock.now());
          const waitedMs = retryAfter ?? backoffMs(attempt, resilience.backoffBaseMs, clock.random());
          if (waitedMs <= resilience.maxRetryWaitMs) {
            const source = retryAfter === undefined ? 'exponential backoff with jitter' : `Retry-After: ${response.headers['retry-after']}`;
            retries.push({ attempt, status: response.status, waitedMs, reason: `${response.status}${describeError(response.text)}, waited per ${source}` });
            await clock.sleep(waitedMs);
            continue;
          }
        }
        return { ...response, retries, durationMs: clock.now() - started };
      }
    });
}

type Attempt = { kind: 'answer'; response: Pick<TargetResponse, 'status' | 'headers' | 'text'> } | { kind: 'timeout' };

async function attemptOnce(call: GraphCall, token: string, timeoutMs: number): Promise<Attempt> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers, authorization: `Bearer ${token}` };
  if (call.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(call.url, {
      method: call.method,
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
    });
    const text = call.maxBytes === undefined ? await response.text() : await boundedText(response, call.maxBytes, call.url);
    return { kind: 'answer', response: { status: response.status, headers: Object.fromEntries(response.headers), text } };
  } catch (error) {
    call.signal?.throwIfAborted();
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { kind: 'timeout' };
    throw error;
  }
}

/** The body as text, read chunk by chunk and given up past `maxBytes`. */
async function boundedText(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  if (!(declared > maxBytes)) {
    for await (const chunk of response.body ?? []) {
      received += chunk.byteLength;
      if (received > maxBytes) break;
      text += decoder.decode(chunk, { stream: true });
    }
  }
  if (declared > maxBytes || received > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(`${url}: the answer is larger than the cap of ${Math.round(maxBytes / 1024 / 1024)} MB [MODEL_TOO_LARGE]`);
  }
  return text + decoder.decode();
}

/** ` TooManyRequests: <Intune's inner message>` for the report, or nothing for a body that is no Graph error. */
function describeError(text: string): string {
  const decoded = decodeGraphError(text);
  if (!decoded) return '';
  return ` ${decoded.code ?? 'error'}${decoded.message ? `: ${decoded.message.slice(0, 200)}` : ''}`;
}
