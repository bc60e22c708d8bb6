// The version (and repository) in package.json, read when asked: the CLI runs from the sources, never a build.
import { readFileSync } from 'node:fs';

function manifest(): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

export function packageVersion(): string {
  const { version } = manifest();
  return typeof version === 'string' ? version : 'unknown';
}

/** package.json's `repository` as npm accepts it (`github:owner/name`, a URL, `{ url }`), or undefined. */
export function packageRepository(): unknown {
  return manifest().repository;
}
