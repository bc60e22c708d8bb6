// What a page's title says about the operation. "Create X" pages create X. Pages that read,
// list, change or delete ("Get X", "List X", "Update X", "Delete X") never create, whatever their
// examples show. Any other title ("Add member", "Send chatMessage", "message: createReply") names
// an operation that may or may not create: its example decides (201 with an entity: a create;
// 200/204 without one: an action).

export type TitleReading =
  | { kind: 'create'; resource: string }
  | { kind: 'not-create'; verb: string }
  | { kind: 'operation'; resource?: string };

const NOT_CREATE = /^(get|list|update|delete)\b/i;
const CREATE = /^Create\s+(\S+)/;
/** `message: createReply`, `driveItem: createLink`: the type before the colon. */
const TYPE_COLON_ACTION = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*\S/;
/** `Add member`, `Send chatMessage`: the word after the verb, when it is a name. */
const VERB_NAME = /^[A-Za-z]+\s+([A-Za-z_][A-Za-z0-9_]*)\b/;

export function readTitle(title: string): TitleReading {
  const created = CREATE.exec(title)?.[1];
  if (created) return { kind: 'create', resource: created };
  const verb = NOT_CREATE.exec(title)?.[1];
  if (verb) return { kind: 'not-create', verb };
  const resource = TYPE_COLON_ACTION.exec(title)?.[1] ?? VERB_NAME.exec(title)?.[1];
  return resource ? { kind: 'operation', resource } : { kind: 'operation' };
}
