import type { JsonObject } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { PageExample } from '../parse/page-model.ts';
import { parseStatusLine } from './example-url.ts';

// Create or not, as the example shows it. A `POST` answered `201 Created` is a create (and
// builds, or fails naming why); an answer of `200 OK` with a new entity (an `id`, or a shortened
// example the docs annotate with the entity's type) is one too. A `200`, `202` or `204` (or a
// `201` with no body) without an entity is an action (send, add a member, install an app):
// skipped with that reason, never counted as a failure. An error answer, a request other than
// `POST` or one whose body is not JSON (a MIME message) shows something the contracts do not
// describe, and is left aside.

export type ExampleKind =
  | { kind: 'create' }
  | { kind: 'action'; reason: string }
  | { kind: 'aside'; reason: string };

export function exampleKind(example: PageExample): ExampleKind {
  const method = /^([A-Z]+)\s/.exec(example.request.startLine)?.[1];
  if (method && method !== 'POST') return { kind: 'aside', reason: `the example sends ${method}, not POST` };
  const mediaType = headerValue(example.request.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType && !/[/+]json$/.test(mediaType)) return { kind: 'aside', reason: `the example sends ${mediaType}; contracts describe JSON bodies` };
  const status = example.response && parseStatusLine(example.response.startLine);
  // No answer, or none that reads as one: the build says what is missing.
  if (status === undefined) return { kind: 'create' };
  if (status >= 300) return { kind: 'aside', reason: `the example shows an answer of ${status}, not a success` };
  const body = example.response?.body;
  // A body that could not be read cannot tell: the build reports why.
  // A shortened 201 may leave the whole entity out (a `Location` header in its place).
  if (status === 201 && (body !== undefined || example.truncated || example.problems.some((problem) => problem.fatal))) return { kind: 'create' };
  if (status === 200 && isJsonObject(body) && (hasId(body) || (example.truncated && example.odataType !== undefined))) return { kind: 'create' };
  if (status === 200 && body === undefined && example.problems.some((problem) => problem.fatal)) return { kind: 'create' };
  return { kind: 'action', reason: `an action, not a create: its example answers ${example.response?.startLine.replace(/^HTTP\/[\d.]+\s+/, '')} without a new entity` };
}

function hasId(body: JsonObject): boolean {
  return typeof body.id === 'string' && body.id !== '';
}

/** Header names are case-insensitive; pages write `Content-type` and `Content-Type`. */
function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
