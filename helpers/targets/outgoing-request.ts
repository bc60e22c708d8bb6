// The documented example request, made sendable, for every target alike: the page's stale
// `Content-length`, its `Host` and its token placeholder are dropped (the client computes or
// adds them: credentials never appear in a request the spec sees), and a JSON media type is
// set when the page shows none.
import type { Contract, JsonObject } from '../foundation/contract-types.ts';
import type { OutgoingRequest } from './target-types.ts';

const CLIENT_OWNED_HEADERS = new Set(['content-length', 'host', 'authorization']);

export function outgoingHeaders(contract: Contract): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(contract.request.example.headers)) {
    if (!CLIENT_OWNED_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  return headers;
}

/** `path` is the template with its parameters filled; `body` defaults to the documented example. */
export function buildOutgoingRequest(contract: Contract, pathTemplate: string, path: string, body: JsonObject = contract.request.example.body): OutgoingRequest {
  return { contract, pathTemplate, path, headers: outgoingHeaders(contract), body };
}
