// "Presence and format only" for fields the service owns: the value is the service's to
// choose, so only its shape is checked against the documented type.
import type { JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../foundation/date-time-offset.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `value` does not fit `facts`, or undefined when it fits. `null` always fits (unset). */
export function describeFormatMismatch(value: JsonValue, facts: PropertyFacts | undefined): string | undefined {
  if (value === null || facts === undefined) return undefined;
  if (facts.collection) return Array.isArray(value) ? undefined : 'expected a collection (array)';
  const type = facts.type.replace(/^Edm\./, '');
  switch (type) {
    case 'DateTimeOffset':
    case 'DateTime':
      return typeof value === 'string' && parseDateTimeOffset(value) !== undefined ? undefined : 'expected a DateTimeOffset';
    case 'Guid':
      return typeof value === 'string' && GUID.test(value) ? undefined : 'expected a GUID';
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : 'expected a Boolean';
    case 'Int32':
    case 'Int64':
    case 'Int16':
    case 'Byte':
      return Number.isInteger(value) ? undefined : `expected an ${type}`;
    case 'Double':
    case 'Single':
    case 'Decimal':
      // IEEE754Compatible=false still writes special values as strings.
      return typeof value === 'number' || ['NaN', 'INF', '-INF'].includes(String(value)) ? undefined : `expected a ${type}`;
    case 'String':
    case 'Binary':
    case 'Date':
    case 'TimeOfDay':
    case 'Duration':
      return typeof value === 'string' ? undefined : `expected a ${type} string`;
    default:
      if (facts.enumValues?.length) {
        // Flags enums come back comma-separated.
        const ok = typeof value === 'string' && value.split(',').every((v) => facts.enumValues!.includes(v.trim()));
        return ok ? undefined : `expected one of ${facts.enumValues.join(', ')}`;
      }
      return undefined;
  }
}
