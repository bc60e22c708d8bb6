// A contract's recording file: a JSON array of nock definitions, each create (`POST`) followed
// by the read-back of the entity it made (`GET`) when the run read it. Parsed from untrusted
// JSON into exchanges, or refused with the first field that is wrong; rendered back in one
// stable layout (sorted by path, fixed key order, two-space indent, final newline).
import type { JsonValue } from '../../foundation/contract-types.ts';
import { isJsonObject } from '../../foundation/json-object.ts';
import { orderedDefinition, type NockDefinition } from './nock-definition.ts';

/** One recorded path: its create and, when recorded, the read-back. */
export interface RecordedExchange {
  create: NockDefinition;
  read?: NockDefinition;
}

export type RecordingParse = { ok: true; exchanges: RecordedExchange[] } | { ok: false; code: 'RECORDING_INVALID' | 'RECORDING_MARKUP'; message: string };

/** Markup that would run if a report ever printed it unescaped; no Graph answer carries it. */
const ACTIVE_MARKUP = /<\s*\/?\s*script\b|javascript:/i;

export function parseRecording(json: JsonValue): RecordingParse {
  const invalid = (message: string): RecordingParse => ({ ok: false, code: 'RECORDING_INVALID', message });
  if (!Array.isArray(json)) return invalid(`expected a JSON array of nock definitions ({"scope", "method", "path", "status", "response", ...}), found ${describe(json)}`);
  const exchanges: RecordedExchange[] = [];
  for (const [i, item] of json.entries()) {
    const checked = definitionAt(item, i);
    if (typeof checked === 'string') return invalid(checked);
    if (checked.method === 'POST') exchanges.push({ create: checked });
    else {
      const last = exchanges.at(-1);
      if (!last || last.read) return invalid(`[${i}]: a GET must follow the POST whose entity it reads back`);
      last.read = checked;
    }
  }
  const markup = findMarkup(json);
  if (markup) return { ok: false, code: 'RECORDING_MARKUP', message: `${markup} holds active markup (<script> or javascript:); no service answer does: the file was not recorded by graph-contracts` };
  return { ok: true, exchanges };
}

function definitionAt(item: JsonValue, i: number): NockDefinition | string {
  if (!isJsonObject(item)) return `[${i}]: expected an object, found ${describe(item)}`;
  const { scope, method, path, body, status, response, rawHeaders, responseIsBinary } = item;
  if (typeof scope !== 'string' || !/^https?:\/\/[^/]+$/.test(scope)) return `[${i}].scope: expected an origin like "https://graph.microsoft.com:443", found ${describe(scope)}`;
  if (method !== 'POST' && method !== 'GET') return `[${i}].method: expected "POST" (a create) or "GET" (its read-back), found ${describe(method)}`;
  if (typeof path !== 'string' || !path.startsWith('/')) return `[${i}].path: expected a path starting with "/", found ${describe(path)}`;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) return `[${i}].status: expected an HTTP status from 100 to 599, found ${describe(status)}`;
  if (responseIsBinary === true) return `[${i}].responseIsBinary: binary answers are not replayed (a Graph create answers JSON)`;
  if (rawHeaders !== undefined && (!isJsonObject(rawHeaders) || Object.values(rawHeaders).some((value) => typeof value !== 'string'))) {
    return `[${i}].rawHeaders: expected an object of header names to string values, found ${describe(rawHeaders)}`;
  }
  return {
    scope,
    method,
    path,
    ...(body !== undefined && method === 'POST' ? { body } : {}),
    status,
    response: response ?? '',
    rawHeaders: (rawHeaders as Record<string, string> | undefined) ?? {},
    responseIsBinary: false,
  };
}

/** The first string (or key) carrying active markup, as `[i].field.path`; undefined when none does. */
function findMarkup(json: JsonValue): string | undefined {
  const stack: Array<{ value: JsonValue; at: string }> = [{ value: json, at: '' }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (typeof value === 'string') {
      if (ACTIVE_MARKUP.test(value)) return at || 'the file';
    } else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, at: `${at}[${i}]` }));
    else if (isJsonObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (ACTIVE_MARKUP.test(key)) return `${at}.${key}`;
        stack.push({ value: item, at: `${at}.${key}` });
      }
    }
  }
  return undefined;
}

/** The file's text: exchanges sorted by the create's path, each create followed by its read-back. */
export function renderRecording(exchanges: readonly RecordedExchange[]): string {
  const sorted = [...exchanges].sort((a, b) => (a.create.path < b.create.path ? -1 : a.create.path > b.create.path ? 1 : 0));
  const definitions = sorted.flatMap((exchange) => [orderedDefinition(exchange.create), ...(exchange.read ? [orderedDefinition(exchange.read)] : [])]);
  return `${JSON.stringify(definitions, null, 2)}\n`;
}

function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
