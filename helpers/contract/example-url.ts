import type { ApiVersion } from '../foundation/contract-types.ts';

export interface ExampleUrl {
  method: string;
  url: string;
  version: ApiVersion | undefined;
  /** The segment in the version's place when it names no version Graph has (`v1`, `v2.0`). */
  unknownVersion?: string;
  /** Path after the version segment, trailing slash removed. */
  path: string;
}

// Graph URLs are `/{version}/{path}`. A first segment shaped like a version (`v1`, `V1.0`,
// `Beta`) is taken as one even when Graph has no such version, so the path after it can still
// be compared with the documented paths.
const KNOWN_VERSION = /^\/(beta|v1\.0)(\/.*)?$/;
const VERSION_SHAPED = /^\/(v\d+(?:\.\d+)*|beta)(\/.*)?$/i;

/** `POST https://graph.microsoft.com/beta/x/{id}/y` -> method, version `beta`, path `/x/{id}/y`. */
export function parseExampleUrl(startLine: string): ExampleUrl | undefined {
  const match = /^([A-Z]+)\s+(\S+)/.exec(startLine);
  if (!match?.[1] || !match[2]) return undefined;
  const url = match[2];
  const afterHost = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
  const known = KNOWN_VERSION.exec(afterHost);
  const shaped = known ? undefined : VERSION_SHAPED.exec(afterHost);
  const versioned = known ?? shaped;
  const rawPath = versioned ? versioned[2] ?? '/' : afterHost;
  const path = withoutTrailingSlashes(rawPath);
  const parsed: ExampleUrl = { method: match[1], url, version: known?.[1] as ApiVersion | undefined, path };
  if (shaped?.[1]) parsed.unknownVersion = shaped[1];
  return parsed;
}

/** `/a/b//` -> `/a/b`; `/` stays. A loop, not a pattern: a long run of slashes costs linear time. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** `HTTP/1.1 201 Created` -> 201. */
export function parseStatusLine(startLine: string): number | undefined {
  const match = /^HTTP\/[\d.]+\s+(\d{3})\b/.exec(startLine);
  return match?.[1] ? Number(match[1]) : undefined;
}
