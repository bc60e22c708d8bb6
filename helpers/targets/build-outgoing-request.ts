// The documented example request, made sendable: path parameters filled, the page's stale
// `Content-length` dropped (the client computes it), the token placeholder replaced.
import type { Contract } from '../foundation/contract-types.ts';
import { fillPathTemplate } from '../foundation/path-template.ts';
import type { PreparedRequest, SkipReason } from './target-types.ts';

// Headers the client must compute itself, whatever the page shows.
const DROPPED = new Set(['content-length', 'host', 'authorization']);

export function buildOutgoingRequest(
  contract: Contract,
  pathTemplate: string,
  parameters: Record<string, string>,
  authorization: string,
): PreparedRequest | SkipReason {
  const filled = fillPathTemplate(pathTemplate, parameters);
  if ('missing' in filled) {
    return { skip: true, reason: `No value configured for path parameter(s) ${filled.missing.join(', ')} of ${pathTemplate}.` };
  }
  const headers: Record<string, string> = { Authorization: authorization };
  for (const [name, value] of Object.entries(contract.request.example.headers)) {
    if (!DROPPED.has(name.toLowerCase())) headers[name] = value;
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  return { skip: false, request: { contract, pathTemplate, path: filled.path, headers, body: contract.request.example.body } };
}
