// Properties that change on their own between a create and the read that follows it, as data:
// each rule has a stable id, the change it allows and a one-line reason; the read check
// consults them and docs/gate.md's table is generated from them. A contract marks such a
// property by its own facts: the service owns it (`echo.serverOwned`: read-only in the
// table, or always the service's) and its documented type and name say what it is. `id` is
// never one: reading an entity back must give the same id.
import type { JsonValue } from '../foundation/contract-types.ts';

/** `forward`: an instant that may move later, never earlier. `filled`: null at the create, any value on the read. */
export type AllowedChange = 'forward' | 'filled';

export interface ChangingPropertyRule {
  id: string;
  allows: AllowedChange;
  /** Which server-owned properties it covers, for the docs table. */
  covers: string;
  reason: string;
  applies(property: { name: string; type: string | undefined }, created: JsonValue): boolean;
}

const DATE_TIME = /^(?:Edm\.)?DateTime(?:Offset)?$/;

export const CHANGING_PROPERTY_RULES: readonly ChangingPropertyRule[] = [
  {
    id: 'moving-timestamp',
    allows: 'forward',
    covers: 'a server-owned `DateTimeOffset` named `last…` or `…ModifiedDateTime`/`…UpdatedDateTime` (`lastModifiedDateTime`, `lastSyncDateTime`, `modifiedDateTime`)',
    reason: 'the service moves it whenever it touches the entity (processing, assignment, sync); a time earlier than the create answered is a break',
    applies: ({ name, type }) => DATE_TIME.test(type ?? (name.endsWith('DateTime') ? 'DateTimeOffset' : '')) && /^last[A-Z]|(?:^m|M)odifiedDateTime$|(?:^u|U)pdatedDateTime$/.test(name),
  },
  {
    id: 'filled-by-service',
    allows: 'filled',
    covers: 'a server-owned property the create answered `null`',
    reason: 'the service may fill it in after answering the create (a completion time, a computed status); the schema still applies',
    applies: (_property, created) => created === null,
  },
];

/**
 * The change a property may make between the create's answer (`created`) and the read, or
 * undefined: none. `type` is the documented type; `serverOwned` whether the contract lists it in
 * `echo.serverOwned`.
 */
export function allowedChange(name: string, type: string | undefined, serverOwned: boolean, created: JsonValue): AllowedChange | undefined {
  if (name === 'id' || !serverOwned) return undefined;
  return CHANGING_PROPERTY_RULES.find((rule) => rule.applies({ name, type }, created))?.allows;
}
