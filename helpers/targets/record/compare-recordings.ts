// What changed in the service's answers between two recordings of it, path by path: the
// create's status and error code, the properties of what it answered (gone, new, of another
// JSON type, another value), and the same of the read-back. Breaking is what breaks a client of
// the service (a create that now fails, a property no longer returned or of another type, a
// read-back that no longer finds the entity); `changed` is any other change of behaviour; `info`
// what only adds. Pure: the folders are read by recordings-folder.ts.
import type { JsonValue } from '../../foundation/contract-types.ts';
import { isJsonObject } from '../../foundation/json-object.ts';
import type { NockDefinition } from './nock-definition.ts';
import type { RecordedExchange } from './recording-file.ts';

export type ChangeSeverity = 'breaking' | 'changed' | 'info';
export const SEVERITIES: readonly ChangeSeverity[] = ['breaking', 'changed', 'info'];

export interface RecordingChange {
  contract: string;
  /** The create's path as recorded. */
  path: string;
  severity: ChangeSeverity;
  /** One line, naming the property or status and both values. */
  what: string;
}

export function compareRecordings(before: ReadonlyMap<string, RecordedExchange[]>, after: ReadonlyMap<string, RecordedExchange[]>): RecordingChange[] {
  const changes: RecordingChange[] = [];
  for (const contract of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = byPath(before.get(contract) ?? []);
    const now = byPath(after.get(contract) ?? []);
    for (const path of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const add = (severity: ChangeSeverity, what: string) => changes.push({ contract, path, severity, what });
      const a = was.get(path);
      const b = now.get(path);
      if (!a) add('info', `newly recorded: the create answered ${describeAnswer(b!.create)}`);
      else if (!b) add('info', `no longer recorded (the contract no longer documents the path, or its recording was removed)`);
      else compareExchange(a, b, add);
    }
  }
  return changes;
}

function compareExchange(a: RecordedExchange, b: RecordedExchange, add: (severity: ChangeSeverity, what: string) => void): void {
  compareAnswer('create', a.create, b.create, add);
  if (a.read && b.read) compareAnswer('read-back', a.read, b.read, add);
  else if (a.read && !b.read && ok(b.create)) add('info', 'the read-back was not recorded this time');
  else if (!a.read && b.read) add('info', `the read-back is recorded now: ${describeAnswer(b.read)}`);
}

function compareAnswer(step: 'create' | 'read-back', a: NockDefinition, b: NockDefinition, add: (severity: ChangeSeverity, what: string) => void): void {
  if (a.status !== b.status) {
    const severity: ChangeSeverity = ok(a) && !ok(b) ? 'breaking' : 'changed';
    add(severity, `the ${step} answered ${describeAnswer(a)}, now ${describeAnswer(b)}`);
    return;
  }
  const typeA = a.rawHeaders['content-type'] ?? '';
  const typeB = b.rawHeaders['content-type'] ?? '';
  if (typeA !== typeB) add(/json/i.test(typeA) && !/json/i.test(typeB) ? 'breaking' : 'changed', `the ${step}'s Content-Type was ${quote(typeA)}, now ${quote(typeB)}`);
  if (!ok(a)) {
    const [codeA, codeB] = [errorCode(a.response), errorCode(b.response)];
    if (codeA !== codeB) add('changed', `the ${step} is refused with ${codeB ?? 'no error code'} instead of ${codeA ?? 'no error code'} (HTTP ${b.status})`);
    else if (JSON.stringify(a.response) !== JSON.stringify(b.response)) add('changed', `the ${step}'s refusal reads otherwise: ${quote(errorMessage(b.response) ?? JSON.stringify(b.response))}`);
    return;
  }
  if (!isJsonObject(a.response) || !isJsonObject(b.response)) {
    if (JSON.stringify(a.response) !== JSON.stringify(b.response)) add('changed', `the ${step}'s answer changed: ${quote(JSON.stringify(b.response))}`);
    return;
  }
  const [was, now] = [a.response, b.response];
  for (const property of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
    const inA = Object.hasOwn(was, property);
    const inB = Object.hasOwn(now, property);
    if (inA && !inB) add('breaking', `${property} is no longer returned by the ${step} (was ${quote(JSON.stringify(was[property]))})`);
    else if (!inA && inB) add('info', `${property} is returned by the ${step} now: ${quote(JSON.stringify(now[property]))}`);
    else if (jsonType(was[property]!) !== jsonType(now[property]!)) add('breaking', `${property} in the ${step} is ${jsonType(now[property]!)} now, was ${jsonType(was[property]!)}: ${quote(JSON.stringify(was[property]))} -> ${quote(JSON.stringify(now[property]))}`);
    else if (JSON.stringify(was[property]) !== JSON.stringify(now[property])) add('changed', `${property} in the ${step}: ${quote(JSON.stringify(was[property]))} -> ${quote(JSON.stringify(now[property]))}`);
  }
}

function byPath(exchanges: readonly RecordedExchange[]): Map<string, RecordedExchange> {
  return new Map(exchanges.map((exchange) => [exchange.create.path, exchange]));
}

function ok(definition: NockDefinition): boolean {
  return definition.status >= 200 && definition.status < 300;
}

function describeAnswer(definition: NockDefinition): string {
  const code = ok(definition) ? undefined : errorCode(definition.response);
  return `${definition.status}${code ? ` ${code}` : ''}`;
}

function errorCode(response: JsonValue): string | undefined {
  const error = isJsonObject(response) && isJsonObject(response.error) ? response.error : undefined;
  return typeof error?.code === 'string' ? error.code : undefined;
}

function errorMessage(response: JsonValue): string | undefined {
  const error = isJsonObject(response) && isJsonObject(response.error) ? response.error : undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

function jsonType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A value for one line: cut to 80 characters. */
function quote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
