// Deliberately broken variants of the correct mock, as response transformers: each one
// breaks a single promise, so a self-test can tell whether the right check notices. The
// create's faults apply to every answer that carries the entity (the create's and its read's:
// a service that keeps what it answered); the `read-` faults to the read alone, so only the
// read check can notice them.
import type { Contract, JsonValue } from '../foundation/contract-types.ts';
import { formatUtcTicks, parseDateTimeOffset } from '../foundation/date-time-offset.ts';
import { editAt, findEchoedValue, type JsonPath } from './echoed-value-locator.ts';
import { graphErrorReply } from '../targets/mock/graph-error.ts';
import { systemClock } from '../targets/mock/mock-clock.ts';
import type { MockReply, ResponseTransformer } from '../targets/mock/mock-types.ts';

export const FAULT_NAMES = [
  'dropped-field', 'altered-string', 'date-moved-100ns', 'changed-number', 'dropped-array-item', 'wrong-odata-type',
  'no-id', 'empty-id', 'same-id-twice', 'status-200', 'status-500', 'html-body', 'invalid-json', 'number-as-string',
  'correct-with-extras',
  'read-404', 'read-drop-field', 'read-change-value', 'read-type', 'read-write-only', 'read-appears-late',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

const isDate = (v: JsonValue) => typeof v === 'string' && parseDateTimeOffset(v) !== undefined;
const isODataType = (path: JsonPath) => path[path.length - 1] === '@odata.type';

/** The transformer for `fault` on `contract`, or a reason it cannot apply (no such value is sent). */
export function faultTransformer(fault: FaultName, contract: Contract): ResponseTransformer | { notApplicable: string } {
  switch (fault) {
    case 'dropped-field':
      return bodyEdit(findEchoedValue(contract, (_v, p) => p.length === 1 && !isODataType(p)), () => undefined, 'no echoed field');
    case 'altered-string':
      return bodyEdit(findEchoedValue(contract, (v, p) => typeof v === 'string' && !isDate(v) && !isODataType(p)), (v) => `${String(v)} (altered)`, 'no echoed string');
    case 'date-moved-100ns':
      return bodyEdit(findEchoedValue(contract, isDate), (v) => formatUtcTicks(parseDateTimeOffset(String(v))! + 1n), 'no echoed DateTimeOffset');
    case 'changed-number':
      return bodyEdit(findEchoedValue(contract, (v) => typeof v === 'number'), (v) => Number(v) + 1, 'no echoed number');
    case 'number-as-string':
      return bodyEdit(findEchoedValue(contract, (v) => typeof v === 'number'), (v) => String(v), 'no echoed number');
    case 'dropped-array-item':
      return bodyEdit(findEchoedValue(contract, (v) => Array.isArray(v) && v.length > 0), (v) => (v as JsonValue[]).slice(0, -1), 'no echoed non-empty array');
    case 'wrong-odata-type':
      return bodyEdit(contract.echo.equal.includes('@odata.type') ? ['@odata.type'] : undefined, () => '#microsoft.graph.somethingElse', '@odata.type is not echoed');
    case 'no-id':
      return bodyEdit(['id'], () => undefined, '');
    case 'empty-id':
      return bodyEdit(['id'], () => '', '');
    case 'same-id-twice':
      return bodyEdit(['id'], () => '11111111-1111-1111-1111-111111111111', '');
    case 'status-200':
      return (reply) => ({ ...reply, status: 200 });
    case 'status-500':
      return (reply) => ({ ...reply, status: 500, body: JSON.stringify({ error: { code: 'InternalServerError', message: 'boom' } }) });
    case 'html-body':
      return (reply) => ({ ...reply, headers: { ...reply.headers, 'Content-Type': 'text/html; charset=utf-8' }, body: '<html><body>Service Unavailable</body></html>' });
    case 'invalid-json':
      return (reply) => ({ ...reply, body: reply.body.slice(0, -1) });
    case 'correct-with-extras':
      // A correct service may add properties and annotations the contract does not list.
      return onJsonBody((body) => Object.assign(body as Record<string, JsonValue>, { '@odata.etag': 'W/"1"', undocumentedProperty: 'x', anotherUnset: null }));
    case 'read-404':
      return (reply, { request }) => (isRead(request.method, reply) ? graphErrorReply(404, 'ResourceNotFound', 'The entity does not exist.', systemClock, 'fault') : reply);
    case 'read-drop-field':
      return readEdit(findEchoedValue(contract, (_v, p) => p.length === 1 && !isODataType(p)), () => undefined, 'no echoed field');
    case 'read-change-value':
      return readEdit(findEchoedValue(contract, (v, p) => typeof v === 'string' && !isDate(v) && !isODataType(p)), (v) => `${String(v)} (changed since the create)`, 'no echoed string');
    case 'read-type': {
      // A number read back as a string, or else a string read back as a number.
      const number = findEchoedValue(contract, (v) => typeof v === 'number');
      if (number) return readEdit(number, (v) => String(v), '');
      return readEdit(findEchoedValue(contract, (v, p) => typeof v === 'string' && !isODataType(p)), () => 42, 'no echoed number or string');
    }
    case 'read-write-only':
      return readEdit(findEchoedValue(contract, (v, p) => p.length === 1 && v !== null && !isODataType(p)), () => null, 'no echoed field');
    case 'read-appears-late': {
      // A correct, eventually consistent service: the first two reads of each entity are 404s.
      const misses = new Map<string, number>();
      return (reply, { request }) => {
        if (!isRead(request.method, reply)) return reply;
        const seen = misses.get(request.url) ?? 0;
        misses.set(request.url, seen + 1);
        return seen < 2 ? graphErrorReply(404, 'ResourceNotFound', 'Not there yet.', systemClock, 'fault') : reply;
      };
    }
  }
}

const isRead = (method: string, reply: MockReply) => method === 'GET' && reply.status === 200;

function readEdit(path: JsonPath | undefined, edit: (v: JsonValue) => JsonValue | undefined, why: string): ResponseTransformer | { notApplicable: string } {
  if (!path) return { notApplicable: `the example request has ${why}` };
  const onBody = onJsonBody((body) => editAt(body, path, edit));
  return (reply, context) => (isRead(context.request.method, reply) ? onBody(reply, context) : reply);
}

function bodyEdit(path: JsonPath | undefined, edit: (v: JsonValue) => JsonValue | undefined, why: string): ResponseTransformer | { notApplicable: string } {
  if (!path) return { notApplicable: `the example request has ${why}` };
  return onJsonBody((body) => editAt(body, path, edit));
}

function onJsonBody(edit: (body: JsonValue) => void): ResponseTransformer {
  return (reply: MockReply) => {
    if (reply.status >= 300) return reply; // leave Graph's error answers alone
    const body = JSON.parse(reply.body) as JsonValue;
    edit(body);
    return { ...reply, body: JSON.stringify(body) };
  };
}
