// Secrets must never reach console output, errors or reports. Two nets: exact values
// registered at start (the client secret, a ready token, every token fetched), and shapes
// that are secret whatever their value (bearer credentials, JWTs, secret form fields), which
// also catch tokens minted in another process (vitest workers vs. the reporter's process).
const REDACTED = '[REDACTED]';
/** Shorter values would redact ordinary words; a real secret or token is far longer. */
const MIN_SECRET_LENGTH = 8;

const registered = new Set<string>();

const SHAPES: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JWT: base64url header `{"` => `eyJ`, three dot-separated segments.
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  [/\b(client_secret|access_token|refresh_token|id_token|client_assertion)=[^&\s"']+/gi, `$1=${REDACTED}`],
  [/("(?:client_secret|access_token|refresh_token|id_token|authorization)"\s*:\s*)"[^"]*"/gi, `$1"${REDACTED}"`],
];

/** Remembers a value to be blanked out wherever it later appears. Empty and short values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) registered.add(value);
}

/** Registers the secret-bearing variables of a run (call once where the config is resolved). */
export function registerSecretsFromEnv(env: Record<string, string | undefined>): void {
  registerSecret(env.AZURE_CLIENT_SECRET);
  registerSecret(env.GRAPH_ACCESS_TOKEN);
}

export function redactSecrets(text: string): string {
  let out = text;
  // Longest first, so a secret containing another is blanked whole.
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}

/** Headers safe to show: credentials removed by name, the rest passed through redactSecrets. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    safe[name] = /^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(name) ? REDACTED : redactSecrets(value);
  }
  return safe;
}

/** For tests: forget registered values. */
export function clearRegisteredSecrets(): void {
  registered.clear();
}
