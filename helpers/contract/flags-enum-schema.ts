// A flags enum value is one member or several joined by commas (OData ABNF: enumValue =
// singleEnumValue *( COMMA singleEnumValue )), e.g. "android,iOS": a single-value `enum` would
// reject what the service sends.
import type { JsonSchema } from '../foundation/contract-types.ts';

export function flagsEnumSchema(members: readonly string[]): JsonSchema {
  const member = `(?:${members.map(escapeRegExp).join('|')})`;
  return { type: 'string', pattern: `^${member}(?:,${member})*$` };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
