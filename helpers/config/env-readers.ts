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

export function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  return readChoice(env, name, ['true', 'false'] as const, fallback ? 'true' : 'false', problems) === 'true';
}

/**
 * An absolute http(s) URL that a relative file name is appended to, so it always ends in `/`
 * (added when missing). Empty means none.
 */
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
