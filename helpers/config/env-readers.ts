// Readers for one environment variable each. Empty means default, everywhere; anything else
// that is not allowed becomes a problem naming the variable, what it held and what is allowed.
import { intSpec, type EnvVariableName } from './env-variables.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export function readText(env: Env, name: string): string {
  return (env[name] ?? '').trim();
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const text = readText(env, name);
  if (!text) return fallback;
  const value = Number(text);
  if (!/^[+]?\d+$/.test(text) || !Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} is "${text}": expected a whole number from ${min} to ${max} (default ${fallback}).`);
    return fallback;
  }
  return value;
}

/** An integer variable with the bounds and default of its row in env-variables.ts. */
export function readIntVariable(env: Env, name: EnvVariableName, problems: string[], fallback?: number): number {
  const spec = intSpec(name);
  return readInt(env, name, fallback ?? spec.default, spec.min, spec.max, problems);
}

export function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T, problems: string[]): T {
  const text = readText(env, name);
  if (!text) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  problems.push(`${name} is "${text}": expected one of ${choices.map((c) => `"${c}"`).join(', ')} (default "${fallback}").`);
  return fallback;
}

/**
 * `true` or `false` in any case (`True`, `TRUE`), as people and YAML write them. Anything else
 * (`yes`, `1`, `on`, a typo) is a problem, never silently false: these are switches such as the
 * write guard, where a misread value would be a surprise either way.
 */
export function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const text = readText(env, name);
  if (!text) return fallback;
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  problems.push(`${name} is "${text}": expected true or false, in any case (default ${fallback}).`);
  return fallback;
}

/** A value still in angle brackets, as the README's `.env` shows it (`<directory (tenant) id>`). */
export function isPlaceholder(text: string): boolean {
  return /^<[^<>]*>$/.test(text.trim());
}

/** The problem for a placeholder left in `name`; the value is shown unless it is a secret's. */
export function placeholderProblem(name: string, text: string, expected: string, secret = false): string {
  return `${name} still holds the README's placeholder${secret ? '' : ` "${text}"`}: replace it with ${expected}.`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/**
 * A GUID variable (a tenant or client id); empty is returned as empty (whether it is required
 * is the caller's to say). `expected` names what belongs there and where to find it.
 */
export function readGuid(env: Env, name: string, expected: string, problems: string[]): string {
  const text = readText(env, name);
  if (!text) return '';
  if (isPlaceholder(text)) problems.push(placeholderProblem(name, text, expected));
  else if (!isGuid(text)) problems.push(`${name} is "${text}", not a GUID (such as 00000000-0000-0000-0000-000000000000): expected ${expected}.`);
  return text;
}

/** A variable holding a list: see splitList. */
export function readList(env: Env, name: string): string[] {
  return splitList(readText(env, name));
}

/**
 * Every list a variable holds is separated by commas only (spaces around an item are trimmed; a
 * space inside one is kept, so "a b" is one item the caller can refuse instead of two it
 * silently accepts); empty items are dropped.
 */
export function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

/** `text` as an absolute http(s) URL with no query or fragment, or undefined when it is not one. */
export function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash ? url : undefined;
}

/**
 * An absolute http(s) URL that a relative file name is appended to, so it always ends in `/`
 * (added when missing). Empty means none.
 */
export function readBaseUrl(env: Env, name: string, problems: string[]): string | undefined {
  const text = readText(env, name);
  if (!text) return undefined;
  const url = parseHttpUrl(text);
  if (!url) {
    problems.push(`${name} is "${text}": expected an absolute http(s) URL with no query or fragment, e.g. https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/main/api-reference/ (default: none).`);
    return undefined;
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
