import type { JsonObject } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { PageExample } from '../parse/page-model.ts';
import { parseStatusLine } from './example-url.ts';

// Create or not, as the example shows it. A `POST` answered `201 Created` is a create (and
// builds, or fails naming why); an answer of `200 OK` with a new entity (an `id`, or a shortened
// example the docs annotate with the entity's type) is one too. A `200`, `202` or `204` (or a
// `201` with no body) without an entity is an action (send, add a member, install an app):
// skipped with that reason, never counted as a failure. A request other than `POST`, or one whose
// body is not JSON (a MIME message, a multipart page), is a create the contracts cannot describe:
// skipped too, saying so. An error answer shows a failure, not the operation: left aside.

export type ExampleKind =
  | { kind: 'create' }
  | { kind: 'action'; reason: string }
  /** A create the contracts cannot describe: another method than POST, a body that is not JSON. */
  | { kind: 'unsupported'; reason: string }
  /** An error answer: the example shows a failure, not the operation. */
  | { kind: 'error-answer'; reason: string };

export function exampleKind(example: PageExample): ExampleKind {
  const method = /^([A-Z]+)\s/.exec(example.request.startLine)?.[1];
  if (method && method !== 'POST') return { kind: 'unsupported', reason: `the example sends ${method}; contracts describe POST creates` };
  const mediaType = headerValue(example.request.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType && !/[/+]json$/.test(mediaType)) return { kind: 'unsupported', reason: `the example sends ${mediaType}; contracts describe JSON bodies` };
  const status = example.response && parseStatusLine(example.response.startLine);
  // No answer, or none that reads as one: the build says what is missing.
  if (status === undefined) return { kind: 'create' };
  if (status >= 300) return { kind: 'error-answer', reason: `the example shows an answer of ${status}, not a success` };
  const body = example.response?.body;
  // A body that could not be read cannot tell: the build reports why.
  // A shortened 201 may leave the whole entity out, when it still points at one: a `Location`
  // header or the annotation's type. Without either, nothing says an entity came back.
  const pointsAtEntity = example.truncated && (example.odataType !== undefined || headerValue(example.response?.headers ?? {}, 'location') !== undefined);
  if (status === 201 && (body !== undefined || pointsAtEntity || example.problems.some((problem) => problem.fatal))) return { kind: 'create' };
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
