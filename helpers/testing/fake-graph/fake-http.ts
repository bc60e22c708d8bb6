// Small helpers shared by the fake's endpoints.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonValue } from '../../foundation/contract-types.ts';

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(response: ServerResponse, status: number, body: JsonValue, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** A Graph error body; Intune style puts a JSON document inside `message`. */
export function graphError(code: string, message: string, intune = false): JsonValue {
  const text = intune ? JSON.stringify({ _version: 3, Message: message, CustomApiErrorPhrase: '', RetryAfter: null, ErrorSourceService: '' }) : message;
  return { error: { code, message: text, innerError: { 'request-id': 'fake-request', date: new Date().toISOString() } } };
}
