// "Presence and format only" for fields the service owns: the value is the service's to
// choose, so only its shape is checked against the documented type.
import type { JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../foundation/date-time-offset.ts';
import { ODATA_LEXICAL_PATTERNS, type LexicalType } from '../foundation/odata-lexical-forms.ts';

// The same lexical forms the contracts' schemas state, so a format is judged one way everywhere.
const LEXICAL = Object.fromEntries(Object.entries(ODATA_LEXICAL_PATTERNS).map(([type, pattern]) => [type, new RegExp(pattern, 'u')])) as Record<LexicalType, RegExp>;
const matches = (type: LexicalType, value: JsonValue) => typeof value === 'string' && LEXICAL[type].test(value);

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
      return matches('Guid', value) ? undefined : 'expected a GUID';
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
    case 'Binary':
    case 'Date':
    case 'TimeOfDay':
    case 'Duration':
      return matches(type, value) ? undefined : `expected a ${type} string`;
    case 'String':
      return typeof value === 'string' ? undefined : 'expected a String string';
    default:
      if (facts.enumValues?.length) {
        // Flags enums come back comma-separated.
        const ok = typeof value === 'string' && value.split(',').every((v) => facts.enumValues!.includes(v.trim()));
        return ok ? undefined : `expected one of ${facts.enumValues.join(', ')}`;
      }
      return undefined;
  }
}
