// Edm.DateTimeOffset values as exact instants. JavaScript Dates stop at milliseconds, but
// Graph keeps 100 ns ticks (7 fractional digits), so instants are BigInt tick counts.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/;
const TICKS_PER_MS = 10_000n;
const TICKS_PER_MINUTE = 600_000_000n;

/** 100 ns ticks since 1970-01-01T00:00:00Z, or undefined when `text` is not a DateTimeOffset. */
export function parseDateTimeOffset(text: string): bigint | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Date.UTC silently rolls over (Feb 30 -> Mar 2); a rolled value is not the written instant.
  const back = new Date(ms);
  if (Number.isNaN(ms) || back.getUTCDate() !== Number(d) || back.getUTCHours() !== Number(h)) return undefined;
  const ticks = BigInt(ms) * TICKS_PER_MS + BigInt(fraction.padEnd(7, '0'));
  return ticks - zoneOffsetTicks(zone);
}

function zoneOffsetTicks(zone: string): bigint {
  if (zone === 'Z') return 0n;
  const sign = zone.startsWith('-') ? -1n : 1n;
  const minutes = BigInt(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return sign * minutes * TICKS_PER_MINUTE;
}

/** The instant as Graph writes it back: UTC, `Z`, always 7 fractional digits. */
export function formatUtcTicks(ticks: bigint): string {
  // Floor, not BigInt's truncation, so instants before 1970 keep a positive fraction.
  const TICKS_PER_SECOND = 1000n * TICKS_PER_MS;
  let wholeSeconds = ticks / TICKS_PER_SECOND;
  if (ticks < 0n && ticks % TICKS_PER_SECOND !== 0n) wholeSeconds -= 1n;
  const fraction = ticks - wholeSeconds * TICKS_PER_SECOND;
  const seconds = new Date(Number(wholeSeconds) * 1000).toISOString().slice(0, 19);
  return `${seconds}.${fraction.toString().padStart(7, '0')}Z`;
}

/** `text` rewritten in UTC at full precision, or unchanged when it is not a DateTimeOffset. */
export function normaliseDateTimeOffset(text: string): string {
  const ticks = parseDateTimeOffset(text);
  return ticks === undefined ? text : formatUtcTicks(ticks);
}
