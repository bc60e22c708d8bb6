// Misbehaviours the fake Graph server can be switched into. Counters, not randomness, so a
// test that turns one on knows exactly how many retries the client must make.
import type { IntuneBehaviourOf } from './intune-behaviours.ts';
import type { ReadBreakOf } from './read-behaviours.ts';

export interface FakeSwitches {
  /** Every Nth Graph request is answered 429 (0: never). */
  throttleEvery: number;
  /** Retry-After sent with a 429, in seconds (fractions allowed); null sends none. */
  retryAfter: string | null;
  /** Every Nth Graph request is answered 503 without Retry-After (0: never). */
  unavailableEvery: number;
  /** Every Nth Graph request is answered 504 (0: never). */
  gatewayTimeoutEvery: number;
  /** Every Graph answer is held back this long. */
  slowMs: number;
  tokenLifetimeSeconds: number;
  /** After this many Graph requests every token issued so far is rejected with 401 once (0: never). */
  expireTokensAfter: number;
  /** Issue tokens for this tenant instead of the one asked for (a mis-set authority or app). */
  issueForTenant: string | null;
  /** Create answers 200 with a type-breaking body instead of 201, so checks fail; the entity is still stored. */
  breakCreates: boolean;
  /** Creates answer 400 quoting the request's Authorization header, as a careless service might. */
  echoAuthorization: boolean;
  /** Collection paths (concrete) that list no members, so discovery finds nothing. */
  emptyCollections: string[];
  /** Entity ids whose DELETE is answered 403, as a service refusing to let one go. */
  refuseDeleteIds: string[];
  /** Which contracts answer creates as the live Intune service would (intune-behaviours.ts); undefined: as documented. */
  intune: IntuneBehaviourOf;
  /** A GET of a created entity answers 404 until this long after its create (eventual consistency); 0: at once. */
  readNotFoundForMs: number;
  /** A GET of a created entity answers its secret-like properties (read-behaviours.ts) null: write-only. */
  readNullsSecrets: boolean;
  /** Which contracts' entities read back broken, and how (read-behaviours.ts); undefined: as created. */
  readBreaks: ReadBreakOf;
}

export const DEFAULT_SWITCHES: FakeSwitches = {
  throttleEvery: 0,
  retryAfter: '1',
  unavailableEvery: 0,
  gatewayTimeoutEvery: 0,
  slowMs: 0,
  tokenLifetimeSeconds: 3599,
  expireTokensAfter: 0,
  issueForTenant: null,
  breakCreates: false,
  echoAuthorization: false,
  emptyCollections: [],
  refuseDeleteIds: [],
  intune: () => undefined,
  readNotFoundForMs: 0,
  readNullsSecrets: false,
  readBreaks: () => undefined,
};
