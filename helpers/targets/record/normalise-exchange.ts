// One contract path's exchange with the service (the create, and the read-back when there was
// one) -> nock definitions fit to commit: nothing secret, nothing that names the tenant, and
// nothing that changes from run to run while the service does not. In order, every string
// (and every key) is scrubbed (scrub-secrets.ts), then the values this run chose are replaced
// where they stand (the host it sent to, its marker, the parameter ids it discovered, the id
// the service gave the entity), then, in what the service answered, whatever it did not echo
// from the request: instants and GUIDs (its timestamps, request ids, activity ids) become
// placeholders of the same shape (stable-placeholders.ts).
import type { Contract, JsonValue } from '../../foundation/contract-types.ts';
import { jsonDepthExceededAt } from '../../foundation/json-depth.ts';
import { isJsonObject, parseJsonOrUndefined } from '../../foundation/json-object.ts';
import { parseDateTimeOffset } from '../../foundation/date-time-offset.ts';
import { fillPathTemplate, pathParameters } from '../../foundation/path-template.ts';
import type { OutgoingRequest, ReadResponse, TargetResponse } from '../target-types.ts';
import { nockScope, orderedDefinition, RECORDED_HEADERS, type NockDefinition } from './nock-definition.ts';
import type { Scrub } from './scrub-secrets.ts';
import { isGuid, MARKER_PLACEHOLDER, placeholderGuid, replaceGuids, replaceInstants } from './stable-placeholders.ts';

export interface Exchange {
  /** The recording's name (the contract file's name without `.json`). */
  name: string;
  contract: Contract;
  pathTemplate: string;
  request: OutgoingRequest;
  create: TargetResponse;
  read?: ReadResponse;
}

export interface NormaliseSettings {
  scrub: Scrub;
  /** The base URL the run sent to, without version (GRAPH_BASE_URL, or the cloud's Graph host). */
  baseUrl: string;
  /** The cloud's Graph host: the recordings' scope whatever host the run used (a stand-in on 127.0.0.1). */
  canonicalOrigin: string;
  /** GRAPH_MARKER_PREFIX: the marker is this, the run id, and a space. */
  markerPrefix: string;
  /** The version segment the run used for `contract`. */
  versionOf(contract: Contract): string;
}

/** The stand-in of path parameter `name`'s value, the same on every path and every run. */
export function parameterPlaceholder(name: string): string {
  return placeholderGuid(`parameter:${name}`);
}

/** The create's path as recorded: version segment, each parameter as its placeholder. */
export function recordedPathOf(pathTemplate: string, version: string): string {
  const values = Object.fromEntries(pathParameters(pathTemplate).map((name) => [name, parameterPlaceholder(name)]));
  const filled = fillPathTemplate(pathTemplate, values);
  return `/${version}${'path' in filled ? filled.path : pathTemplate}`;
}

export function normaliseExchange(exchange: Exchange, settings: NormaliseSettings): { recordedPath: string; definitions: NockDefinition[] } {
  const { scrub } = settings;
  const version = settings.versionOf(exchange.contract);
  const recordedPath = recordedPathOf(exchange.pathTemplate, version);
  const known = knownValues(exchange, settings);
  const clean = (text: string) => known(scrub(text));
  const scope = nockScope(settings.canonicalOrigin);

  const body = mapStrings(exchange.request.body, clean, scrub) ?? {};
  const placeholders = new Map<string, string>();
  const seed = `${exchange.name} ${exchange.pathTemplate}`;
  const answer = (response: TargetResponse) => serverValues(parseAnswer(response.text, clean, scrub), body, placeholders, seed);

  const definitions: NockDefinition[] = [
    orderedDefinition({ scope, method: 'POST', path: recordedPath, body, status: exchange.create.status, response: answer(exchange.create), rawHeaders: keptHeaders(exchange.create.headers, clean), responseIsBinary: false }),
  ];
  if (exchange.read) {
    const path = clean(readPath(exchange.read.url, settings.baseUrl));
    definitions.push(orderedDefinition({ scope, method: 'GET', path, status: exchange.read.status, response: answer(exchange.read), rawHeaders: keptHeaders(exchange.read.headers, clean), responseIsBinary: false }));
  }
  return { recordedPath, definitions };
}

type Replacement = { value: string; by: string; whole: boolean };

/** What this run chose, replaced wherever it appears: host, marker, parameter ids, the created id. */
function knownValues(exchange: Exchange, settings: NormaliseSettings): (text: string) => string {
  const replacements: Replacement[] = [];
  const add = (value: string | undefined, by: string) => {
    // A short value ("1") would be replaced inside unrelated text: only where it is the whole string.
    if (value && value !== by) replacements.push({ value, by, whole: value.length < 8 });
  };
  if (settings.baseUrl.replace(/\/+$/, '') !== settings.canonicalOrigin) add(settings.baseUrl.replace(/\/+$/, ''), settings.canonicalOrigin);
  const values = parameterValues(exchange.pathTemplate, exchange.request.path);
  for (const [name, value] of Object.entries(values)) add(value, parameterPlaceholder(name));
  const id = createdId(exchange.create.text);
  if (id) add(id, idPlaceholder(id, `${exchange.name} ${exchange.pathTemplate}`));
  // Longest first, so a value holding another (an id containing a parameter id) goes whole.
  replacements.sort((a, b) => b.value.length - a.value.length);
  const marker = new RegExp(`${escapeRegExp(settings.markerPrefix)}[0-9A-Za-z]+ `, 'g');
  return (text) => {
    let out = settings.markerPrefix ? text.replace(marker, MARKER_PLACEHOLDER) : text;
    for (const { value, by, whole } of replacements) {
      if (whole) {
        if (out === value) out = by;
      } else {
        out = out.replace(new RegExp(escapeRegExp(value), isGuid(value) ? 'gi' : 'g'), by);
      }
    }
    return out;
  };
}

/** A GUID id becomes a GUID, GUIDs inside a compound id each become one, any other id a labelled string. */
function idPlaceholder(id: string, seed: string): string {
  let n = 0;
  const replaced = replaceGuids(id, () => placeholderGuid(`id:${seed}:${n++}`));
  return n > 0 ? replaced : `recorded-id-${placeholderGuid(`id:${seed}`).slice(-12)}`;
}

function createdId(text: string): string | undefined {
  const body = parseJsonOrUndefined(text);
  const id = isJsonObject(body) ? body.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** The values the filled path holds for the template's parameters. */
function parameterValues(template: string, path: string): Record<string, string> {
  const names = template.split('/');
  const given = path.split('/');
  const values: Record<string, string> = {};
  if (names.length !== given.length) return values;
  names.forEach((segment, i) => {
    const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (name) values[name] = safeDecode(given[i] ?? '');
  });
  return values;
}

function parseAnswer(text: string, clean: (text: string) => string, scrub: (text: string) => string): JsonValue {
  // Deeper than any Graph answer: kept as text rather than walked.
  const json = jsonDepthExceededAt(text) === undefined ? parseJsonOrUndefined(text) : undefined;
  return json === undefined ? clean(text) : (mapStrings(json, clean, scrub) ?? null);
}

/**
 * What the service chose in its answer: a string it did not echo from the request (its
 * timestamps, ids, request ids, an activity id inside a message) has its instants and GUIDs
 * replaced. A GUID gets one placeholder per value, named after where it was first seen, so
 * the create and its read-back agree.
 */
function serverValues(answer: JsonValue, sent: JsonValue, placeholders: Map<string, string>, seed: string): JsonValue {
  const visit = (value: JsonValue, at: string[]): JsonValue => {
    if (typeof value === 'string') {
      const echoed = valueAt(sent, at);
      if (typeof echoed === 'string' && sameValue(echoed, value)) return value;
      return replaceGuids(replaceInstants(value), (guid) => {
        const key = guid.toLowerCase();
        let placeholder = placeholders.get(key);
        if (!placeholder) placeholders.set(key, (placeholder = placeholderGuid(`value:${seed}:/${at.join('/')}:${placeholders.size}`)));
        return placeholder;
      });
    }
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...at, String(i)]));
    if (!isJsonObject(value)) return value;
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: visit(item, [...at, key]), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return visit(answer, []);
}

function sameValue(sent: string, received: string): boolean {
  if (sent === received) return true;
  const a = parseDateTimeOffset(sent);
  return a !== undefined && a === parseDateTimeOffset(received);
}

function valueAt(value: JsonValue, at: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = value;
  for (const key of at) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isJsonObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Every string value through `value`, every key through `key`. */
function mapStrings(body: JsonValue, value: (text: string) => string, key: (text: string) => string): JsonValue {
  if (typeof body === 'string') return value(body);
  if (Array.isArray(body)) return body.map((item) => mapStrings(item, value, key));
  if (!isJsonObject(body)) return body;
  const out: Record<string, JsonValue> = {};
  for (const [name, item] of Object.entries(body)) Object.defineProperty(out, key(name), { value: mapStrings(item, value, key), enumerable: true, writable: true, configurable: true });
  return out;
}

function keptHeaders(headers: Record<string, string>, clean: (text: string) => string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if ((RECORDED_HEADERS as readonly string[]).includes(lower)) kept[lower] = clean(value);
  }
  return kept;
}

/** The read URL's path after the host the run sent to (its own path prefix included). */
function readPath(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (url.startsWith(`${base}/`)) return url.slice(base.length);
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
