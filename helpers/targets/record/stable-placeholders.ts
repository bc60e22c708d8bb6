// The stand-ins a recording holds instead of values that change from run to run (ids the
// service generates, its timestamps, request ids, the run's marker, discovered parameter ids)
// or that name the tenant. Each keeps the shape of what it replaces (a GUID stays a GUID, an
// instant stays an instant with the same precision and zone), so a replayed answer meets the
// same schema and format checks as the service's did; and each is derived from where it
// stands, never from the value, so an unchanged service records byte-identical files.
import { createHash } from 'node:crypto';

/** The tenant's fixed pseudonym: a recording never names the real tenant. */
export const TENANT_PSEUDONYM = '00000000-0000-0000-0000-000000000001';
/** The app registration's fixed pseudonym. */
export const CLIENT_PSEUDONYM = '00000000-0000-0000-0000-000000000002';
/** Replaces the run's marker (`<prefix><run id> `) in the marker field; replay sends the same. */
export const MARKER_PLACEHOLDER = '{run-marker} ';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const WHOLE_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ISO 8601 instants as Graph writes them (with or without zone, `T` or space), inside any text. */
const INSTANT = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:\d{2})?/g;

/** A GUID derived from `seed`, recognisable by its zero first half: `00000000-0000-0000-xxxx-xxxxxxxxxxxx`. */
export function placeholderGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `00000000-0000-0000-${hex.slice(0, 4)}-${hex.slice(4, 16)}`;
}

/** A GUID the recorder wrote (a placeholder or pseudonym), or the zero GUID: left as it is. */
export function isStandInGuid(text: string): boolean {
  return /^00000000-0000-0000-/i.test(text);
}

export function isGuid(text: string): boolean {
  return WHOLE_GUID.test(text);
}

/** Every GUID inside `text`, each replaced by `replace(guid)`. */
export function replaceGuids(text: string, replace: (guid: string) => string): string {
  return text.replace(GUID, (guid) => (isStandInGuid(guid) ? guid : replace(guid)));
}

/**
 * The fixed instant 2000-01-01T00:00:00 written in `instant`'s own form: the same separator,
 * the same number of fractional digits, the same zone (or none).
 */
export function placeholderInstant(instant: string): string {
  const separator = instant[10] ?? 'T';
  const rest = instant.slice(19);
  const fraction = /^\.\d+/.exec(rest)?.[0] ?? '';
  const zone = rest.slice(fraction.length);
  return `2000-01-01${separator}00:00:00${fraction.replace(/\d/g, '0')}${zone.replace(/^[+-]\d{2}:\d{2}$/, '+00:00')}`;
}

/** Every instant inside `text` replaced by the placeholder instant of its form. */
export function replaceInstants(text: string): string {
  return text.replace(INSTANT, placeholderInstant);
}
