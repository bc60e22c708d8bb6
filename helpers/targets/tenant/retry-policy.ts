// When and how long to wait before trying again. Graph asks throttled clients to wait the
// Retry-After seconds (RFC 9110: delay-seconds or an HTTP-date; Intune sends fractions too),
// and to back off exponentially when it gives none. Jitter spreads parallel workers apart.
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Milliseconds to wait per a Retry-After value, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // An HTTP-date always names its day and month; Date.parse alone would read `-1` as a year.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Full-jitter exponential backoff: a random wait in [base*2^(n-1)/2, base*2^(n-1)] for retry n (1-based). */
export function backoffMs(retry: number, baseMs: number, random: number): number {
  const ceiling = baseMs * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
