// Secrets must never reach console output, errors or reports. Two nets: exact values
// registered with a run's redactor (the client secret, a ready token, every token fetched),
// and shapes that are secret whatever their value (bearer credentials, JWTs, secret form
// fields), which also catch tokens minted in another process (vitest workers vs. the
// reporter's process). Each run context owns one redactor: no module state.
const REDACTED = '[REDACTED]';
/** Shorter values would redact ordinary words; a real secret or token is far longer. */
const MIN_SECRET_LENGTH = 8;

// Each shape with the words one of its matches must contain (case-insensitive): a text
// without any of them is returned untouched (the fast path).
const SHAPES: Array<[RegExp, string, string[]]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`, ['bearer', 'basic']],
  // JWT: base64url header `{"` => `eyJ`, three dot-separated segments.
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED, ['eyJ']],
  [/\b(client_secret|access_token|refresh_token|id_token|client_assertion)=[^&\s"']+/gi, `$1=${REDACTED}`, ['client_secret', 'access_token', 'refresh_token', 'id_token', 'client_assertion']],
  [/("(?:client_secret|access_token|refresh_token|id_token|authorization)"\s*:\s*)"[^"]*"/gi, `$1"${REDACTED}"`, ['client_secret', 'access_token', 'refresh_token', 'id_token', 'authorization']],
];
const SHAPE_HINT = new RegExp([...new Set(SHAPES.flatMap(([, , words]) => words))].join('|'), 'i');

export class SecretRedactor {
  private readonly secrets = new Set<string>();
  /** The secrets, longest first, so a secret containing another is blanked whole. */
  private longestFirst: string[] = [];

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.register(secret);
  }

  /** Remembers a value to be blanked out wherever it later appears. Empty and short values are ignored. */
  register(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.longestFirst = [...this.secrets].sort((a, b) => b.length - a.length);
  }

  // Called on every string of every result and report (tens of thousands a run), nearly all
  // of which hold no secret: those are returned after one scan per secret and one for the hint.
  redact(text: string): string {
    let out = text;
    for (const secret of this.longestFirst) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (!SHAPE_HINT.test(out)) return out;
    for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
    return out;
  }

  /** Headers safe to show: credentials removed by name, the rest redacted. */
  redactHeaders(headers: Record<string, string>): Record<string, string> {
    const safe: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      safe[name] = /^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(name) ? REDACTED : this.redact(value);
    }
    return safe;
  }

  /** Every string inside plain data, redacted in place: for results leaving a process or written out. */
  redactDeep<T>(value: T): T {
    // Iterative, so a hostile deeply nested value cannot overflow the stack here.
    const root: Record<string, unknown> = { value };
    const stack: object[] = [root];
    const seen = new Set<object>();
    while (stack.length > 0) {
      const node = stack.pop() as Record<string, unknown>;
      if (seen.has(node)) continue;
      seen.add(node);
      for (const key of Object.keys(node)) {
        const item = node[key];
        if (typeof item === 'string') node[key] = this.redact(item);
        else if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
    return root.value as T;
  }

  /** The same error with its message redacted (name and `code` kept), ready to be thrown on. */
  redactError(error: unknown): Error {
    const source = error instanceof Error ? error : new Error(String(error));
    const safe = new Error(this.redact(source.message));
    safe.name = source.name;
    safe.stack = this.redact(source.stack ?? '');
    const code = (source as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(safe, { code });
    return safe;
  }
}
