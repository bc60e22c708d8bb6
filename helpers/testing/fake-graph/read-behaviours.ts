// How the fake answers the GET of an entity it created: as the create answered (a faithful
// service), or switched per contract into one of the read faults the read check must name,
// and, for every contract, with secret-like properties nulled (write-only) or not there yet
// (eventual consistency). Which property a fault hits is chosen from the answer, the way a
// service would, not from the contract's echo rules.
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { parseDateTimeOffset } from '../../foundation/date-time-offset.ts';

export const READ_BREAKS = {
  'drop-field': 'the first plain property that holds a value is missing',
  'change-string': 'the first plain String property (not a date, not an id) reads back changed',
  'number-as-string': 'the first number reads back as a string',
} as const;

export type ReadBreak = keyof typeof READ_BREAKS;
export type ReadBreakOf = (contract: Contract) => ReadBreak | undefined;

/** Names a service treats as write-only: a secret, a password, a key or a payload (not `passwordMinimumLength`). */
export const SECRET_LIKE = /(?:secret|password|passphrase|preSharedKey|privateKey)$|^payload$/i;

const plain = (name: string, value: JsonValue) => !name.includes('@') && name !== 'id' && value !== null && typeof value !== 'object';

export function readAnswer(answered: JsonObject, breaks: ReadBreak | undefined, nullSecrets: boolean): JsonObject {
  const body: JsonObject = { ...answered };
  if (nullSecrets) for (const name of Object.keys(body)) if (SECRET_LIKE.test(name) && body[name] !== null) body[name] = null;
  const names = Object.keys(body);
  switch (breaks) {
    case 'drop-field': {
      const name = names.find((n) => plain(n, body[n]!));
      if (name) delete body[name];
      break;
    }
    case 'change-string': {
      const name = names.find((n) => plain(n, body[n]!) && typeof body[n] === 'string' && parseDateTimeOffset(body[n]) === undefined);
      if (name) body[name] = `${String(body[name])} (changed on read)`;
      break;
    }
    case 'number-as-string': {
      const name = names.find((n) => typeof body[n] === 'number');
      if (name) body[name] = String(body[name]);
      break;
    }
    case undefined:
      break;
  }
  return body;
}
