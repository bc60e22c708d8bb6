// Which class a contract path's result falls in, as data (STYLE habit 11): each rule has a
// stable id, the class it decides and a one-line reason; the first rule that matches wins.
// docs/tenant-runs.md's class table is generated from this one (npm run docs).
export const OUTCOME_CLASSES = ['passed', 'contract-broken', 'example-refused', 'not-permitted', 'not-creatable', 'unavailable', 'skipped'] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

/** What a rule looks at. Absent keys match anything. */
export interface RuleCondition {
  kind?: 'ran' | 'skipped' | 'error';
  /** Inclusive status ranges. */
  status?: ReadonlyArray<readonly [number, number]>;
  /** Whether every check passed (only meaningful for answers that ran). */
  checksPassed?: boolean;
  /** Tested against Graph's error `code` and the decoded message together ("code: message"). */
  error?: RegExp;
  /** Tested against the target's own error code (a request that never got an answer). */
  targetError?: RegExp;
  /** Some check failed, and every failure has one of these codes. */
  failedWith?: readonly string[];
}

export interface OutcomeRule {
  id: string;
  outcome: OutcomeClass;
  when: RuleCondition;
  reason: string;
  /** An error the run itself hit: never an expected result, whatever the expectations say. */
  runError?: boolean;
}

const OK: ReadonlyArray<readonly [number, number]> = [[200, 299]];

export const OUTCOME_RULES: readonly OutcomeRule[] = [
  { id: 'gated-before-send', outcome: 'skipped', when: { kind: 'skipped' }, reason: 'not sent: a permission the token lacks or a path parameter with no value' },
  { id: 'no-answer-in-time', outcome: 'unavailable', when: { kind: 'error', targetError: /TIMEOUT/ }, reason: 'no answer within the request timeout, after the retries' },
  { id: 'run-error', outcome: 'unavailable', when: { kind: 'error' }, reason: 'the run itself failed to send or read the request', runError: true },
  { id: 'created-as-documented', outcome: 'passed', when: { kind: 'ran', status: OK, checksPassed: true }, reason: 'the service created the entity and its answer keeps the contract' },
  { id: 'read-unavailable', outcome: 'unavailable', when: { kind: 'ran', status: OK, failedWith: ['READ_UNAVAILABLE'] }, reason: 'the create kept the contract, but reading the entity back got no usable answer (throttled, a server error or no answer, after the retries)' },
  { id: 'created-breaking-contract', outcome: 'contract-broken', when: { kind: 'ran', status: OK, checksPassed: false }, reason: 'the service accepted the create but its answer, or the entity read back, breaks the contract (status, schema, echo, id or read)' },
  { id: 'no-route-for-post', outcome: 'not-creatable', when: { status: [[400, 400]], error: /No method match route template|No OData route exists that match template/i }, reason: "Intune has no POST route for this collection (the service fills it itself)" },
  { id: 'unknown-segment', outcome: 'not-creatable', when: { status: [[400, 400]], error: /Resource not found for the segment/i }, reason: 'Graph does not know a segment of the path' },
  { id: 'method-not-allowed', outcome: 'not-creatable', when: { status: [[405, 405]] }, reason: 'the collection exists but refuses POST' },
  { id: 'not-implemented', outcome: 'not-creatable', when: { status: [[501, 501]] }, reason: 'the service does not implement a create here' },
  { id: 'collection-not-found', outcome: 'not-creatable', when: { status: [[404, 404]] }, reason: 'the POST URL (the collection or its parent) does not exist on this tenant' },
  { id: 'not-authenticated-or-forbidden', outcome: 'not-permitted', when: { status: [[401, 401], [403, 403]] }, reason: 'missing role or scope, licence, consent, or a delegated-only create' },
  { id: 'throttled', outcome: 'unavailable', when: { status: [[429, 429]] }, reason: 'still throttled after the retries' },
  { id: 'server-error', outcome: 'unavailable', when: { status: [[500, 599]] }, reason: 'a server error (after the retries for 503/504)' },
  { id: 'example-refused', outcome: 'example-refused', when: { status: [[400, 499]] }, reason: 'the service refused the documented example request' },
  { id: 'unexpected-answer', outcome: 'contract-broken', when: {}, reason: 'an answer that is neither a create nor an error (1xx, 3xx)' },
];

/**
 * Where a refusal names the field it refuses. Graph's OData layer and Intune word it
 * differently; the first pattern that matches gives the field (`@odata.type` for type errors).
 */
export const REFUSED_FIELD_PATTERNS: ReadonlyArray<{ id: string; pattern: RegExp; field?: string }> = [
  { id: 'odata-unknown-property', pattern: /property '([^']+)' does not exist on type/i },
  { id: 'odata-unresolved-type', pattern: /A type named '[^']+' could not be resolved/i, field: '@odata.type' },
  { id: 'odata-property-value', pattern: /(?:value|literal) for (?:the )?property '([^']+)'/i },
  { id: 'named-property', pattern: /\b(?:property|field|parameter) '([^']+)'/i },
  { id: 'model-state-required', pattern: /\bThe ([A-Za-z@][\w.@]*) field is (?:required|invalid)/i },
];
