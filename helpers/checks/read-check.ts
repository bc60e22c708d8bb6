// Read: the entity a create made, read back, is really there and is what the create answered.
// It must answer 200 with a JSON object valid against the contract's response schema, and every
// property the create answered must read back meaning the same (the echo check's comparison),
// but annotations and the properties that change on their own (changing-properties.ts). A
// property that was sent and echoed and reads back `null` is write-only: reported per property,
// in place of the type mismatch and the schema violation the same `null` would also cause. What
// the create's answer already broke is the other checks' to report.
import type { SchemaValidator } from '../contract/compile-schema.ts';
import type { Contract, JsonObject, JsonValue } from '../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../foundation/date-time-offset.ts';
import { jsonDepthExceededAt, truncateJsonDepth } from '../foundation/json-depth.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import { ownValue } from '../foundation/own-property.ts';
import type { ReadResponse } from '../targets/target-types.ts';
import { decodeGraphError } from '../targets/tenant/graph-error.ts';
import { allowedChange, type AllowedChange } from './changing-properties.ts';
import { checkResult, type CheckFailure, type CheckResult } from './check-types.ts';
import { compareEchoedValue, jsonType, shortJson, stringHintFor, type ComparisonTerms } from './compare-echoed-value.ts';
import { parseResponseBody } from './parse-response-body.ts';

export interface ReadCheckInput {
  contract: Contract;
  /** The body the create sent. */
  sent: JsonObject;
  /** The create's answer: the entity as the service said it made it. */
  created: JsonObject;
  /** What reading it back answered. */
  read: Pick<ReadResponse, 'status' | 'headers' | 'text' | 'url' | 'appearedAfterMs'>;
  schemas: SchemaValidator;
}

export const READ_TERMS: ComparisonTerms = {
  codes: { missing: 'READ_MISSING', mismatch: 'READ_MISMATCH', type: 'READ_TYPE_MISMATCH', length: 'READ_MISMATCH' },
  expected: 'created',
  actual: 'read',
  missing: "was in the create's answer but is missing from the entity read back",
  type: (actual, expected) => `reads back as ${actual}, the create answered ${expected}`,
  length: (actual, expected) => `reads back with ${actual} items, the create answered ${expected}`,
};

export function checkRead({ contract, sent, created: answered, read, schemas }: ReadCheckInput): CheckResult {
  let created = answered;
  const answer = answerFailure(read);
  if (answer) return checkResult('read', [answer]);
  const parsed = parseResponseBody(read);
  if (!parsed.ok || !isJsonObject(parsed.body)) {
    const why = parsed.ok ? 'Body is JSON but not an object.' : parsed.failure.message;
    return checkResult('read', [{ code: 'READ_NOT_JSON', message: `GET ${read.url}: ${why}`, ...(parsed.ok ? { received: parsed.body } : {}) }]);
  }
  // Compared recursively: a read nested past MAX_JSON_DEPTH is compared cut there, on both sides.
  const deep = jsonDepthExceededAt(read.text) !== undefined;
  const body = deep ? (truncateJsonDepth(parsed.body) as JsonObject) : parsed.body;
  if (deep) created = truncateJsonDepth(created) as JsonObject;
  const serverOwned = new Set(contract.echo.serverOwned);
  const writeOnly = writeOnlyProperties(sent, created, body, serverOwned);
  const nulled = new Set(writeOnly.map((w) => w.field));
  const pointers = new Set(writeOnly.map((w) => w.pointer));
  const schema = schemaViolations(contract, created, body, pointers, schemas);
  const compared = compareProperties(contract, created, body, serverOwned).filter((f) => !(nulled.has(f.field ?? '') && f.received === null));
  // The comparison first, as the most telling (`created 5, read "5"` over `must be integer`);
  // write-only last, so a contract break on the same path decides its class.
  return checkResult('read', [...compared, ...schema, ...writeOnly.map(writeOnlyFailure)]);
}

/**
 * The read's own schema violations: not those at a write-only property's `null` (reported as
 * write-only), nor those the create's answer already had (the json check's), so one fault is
 * reported by one check.
 */
function schemaViolations(contract: Contract, created: JsonObject, body: JsonObject, writeOnly: ReadonlySet<string>, schemas: SchemaValidator): CheckFailure[] {
  const errors = schemas.errors(contract.response.schema, body).filter((e) => !writeOnly.has(e.instancePath));
  if (errors.length === 0) return [];
  const key = (e: { instancePath: string; schemaPath: string }) => `${e.instancePath}\u0000${e.schemaPath}`;
  const known = new Set(schemas.errors(contract.response.schema, created).map(key));
  return errors
    .filter((e) => !known.has(key(e)))
    .map((e) => ({ code: 'READ_SCHEMA_VIOLATION', field: e.instancePath || '/', message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'} (schema ${e.schemaPath}).` }));
}

function answerFailure(read: ReadCheckInput['read']): CheckFailure | undefined {
  if (read.status === 200) return undefined;
  const graph = decodeGraphError(read.text);
  const detail = graph ? `: ${graph.code ?? ''} ${graph.message ?? ''}`.trimEnd() : '';
  if (read.status === 404) {
    return { code: 'READ_NOT_FOUND', message: `GET ${read.url} still answered 404 after ${read.appearedAfterMs} ms of reading again (GRAPH_READ_DEADLINE_MS)${detail}: the entity the create answered cannot be read.`, received: 404 };
  }
  const unavailable = read.status === 429 || read.status >= 500;
  return {
    code: unavailable ? 'READ_UNAVAILABLE' : 'READ_STATUS',
    message: `GET ${read.url} answered HTTP ${read.status}${unavailable ? ' after the retries' : ''}, expected 200${detail}.`,
    sent: 200,
    received: read.status,
  };
}

/** Every property the create answered, but annotations (`@odata.context`, `@odata.etag`...): `@odata.type` and `id` included. */
function compareProperties(contract: Contract, created: JsonObject, body: JsonObject, serverOwned: ReadonlySet<string>): CheckFailure[] {
  const types = new Map(contract.properties.map((p) => [p.name, p.type]));
  const failures: CheckFailure[] = [];
  for (const [name, value] of Object.entries(created)) {
    if (isAnnotation(name)) continue;
    const readValue = ownValue(body, name);
    const type = types.get(name);
    if (name === 'id') {
      failures.push(...compareEchoedValue(name, value, readValue, 'text', READ_TERMS));
      continue;
    }
    const change = allowedChange(name, type, serverOwned.has(name), value);
    failures.push(...(change ? compareChanging(name, value, readValue, change) : compareEchoedValue(name, value, readValue, stringHintFor(type), READ_TERMS)));
  }
  return failures;
}

/** Instance annotations are about the answer, not the entity; `@odata.type` is the entity's type. */
function isAnnotation(name: string): boolean {
  return name.includes('@') && name !== '@odata.type';
}

function compareChanging(field: string, created: JsonValue, read: JsonValue | undefined, change: AllowedChange): CheckFailure[] {
  if (read === undefined) return compareEchoedValue(field, created, read, 'sniff', READ_TERMS);
  if (created === null) return []; // filled in since (either rule)
  if (change === 'filled') return compareEchoedValue(field, created, read, 'sniff', READ_TERMS);
  const before = typeof created === 'string' ? parseDateTimeOffset(created) : undefined;
  const after = typeof read === 'string' ? parseDateTimeOffset(read) : undefined;
  if (before === undefined) return compareEchoedValue(field, created, read, 'sniff', READ_TERMS);
  if (after === undefined) {
    const why = read === null || typeof read !== 'string' ? `reads back as ${jsonType(read)}, the create answered a DateTimeOffset` : 'is not a DateTimeOffset';
    return [{ code: read === null || typeof read !== 'string' ? 'READ_TYPE_MISMATCH' : 'READ_MISMATCH', field, message: `${field} ${why}: created ${shortJson(created)}, read ${shortJson(read)}.`, sent: created, received: read }];
  }
  if (after >= before) return [];
  return [{ code: 'READ_MISMATCH', field, message: `${field} moved back by ${before - after} x 100 ns (it may only move forward): created ${shortJson(created)}, read ${shortJson(read)}.`, sent: created, received: read }];
}

interface WriteOnly {
  /** As the comparison names fields: `secret`, `settings[0].value`. */
  field: string;
  /** The JSON pointer the schema validator names it by. */
  pointer: string;
  created: JsonValue;
}

/** Properties sent non-null, echoed non-null by the create and read back `null`, at any depth. */
function writeOnlyProperties(sent: JsonObject, created: JsonObject, read: JsonObject, serverOwned: ReadonlySet<string>): WriteOnly[] {
  const found: WriteOnly[] = [];
  const walk = (field: string, pointer: string, s: JsonValue | undefined, c: JsonValue | undefined, r: JsonValue | undefined): void => {
    if (s === undefined || s === null || c === undefined || c === null || r === undefined) return;
    if (r === null) {
      found.push({ field, pointer, created: c });
    } else if (Array.isArray(s) && Array.isArray(c) && Array.isArray(r) && c.length === r.length) {
      s.forEach((item, i) => walk(`${field}[${i}]`, `${pointer}/${i}`, item, c[i], r[i]));
    } else if (isJsonObject(s) && isJsonObject(c) && isJsonObject(r)) {
      for (const key of Object.keys(s)) walk(`${field}.${key}`, `${pointer}/${escapePointer(key)}`, ownValue(s, key), ownValue(c, key), ownValue(r, key));
    }
  };
  for (const key of Object.keys(sent)) {
    if (isAnnotation(key) || key === '@odata.type' || key === 'id' || serverOwned.has(key)) continue;
    walk(key, `/${escapePointer(key)}`, ownValue(sent, key), ownValue(created, key), ownValue(read, key));
  }
  return found;
}

function writeOnlyFailure({ field, created }: WriteOnly): CheckFailure {
  // The value is not shown: a write-only property is most often a secret, a key or a payload.
  return { code: 'READ_WRITE_ONLY', field, message: `${field} was sent and echoed by the create (${describeHidden(created)}) but reads back null: write-only.`, received: null };
}

function describeHidden(value: JsonValue): string {
  if (typeof value === 'string') return `a string of ${value.length} characters, not shown`;
  if (Array.isArray(value)) return `an array of ${value.length} items, not shown`;
  return `${jsonType(value) === 'object' ? 'an object' : `a ${jsonType(value)}`}, not shown`;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
