import type { ApiVersion } from '../foundation/contract-types.ts';

export interface ExampleUrl {
  method: string;
  url: string;
  version: ApiVersion | undefined;
  /** Path after the version segment, trailing slash removed. */
  path: string;
}

/** `POST https://graph.microsoft.com/beta/x/{id}/y` -> method, version `beta`, path `/x/{id}/y`. */
export function parseExampleUrl(startLine: string): ExampleUrl | undefined {
  const match = /^([A-Z]+)\s+(\S+)/.exec(startLine);
  if (!match?.[1] || !match[2]) return undefined;
  const url = match[2];
  const afterHost = url.replace(/^https?:\/\/[^/]+/, '');
  const versioned = /^\/(beta|v1\.0)(\/.*)?$/.exec(afterHost);
  const rawPath = versioned ? versioned[2] ?? '/' : afterHost;
  const path = rawPath.split('?')[0]?.replace(/(.)\/+$/, '$1') ?? '/';
  return { method: match[1], url, version: versioned?.[1] as ApiVersion | undefined, path };
}

/** `HTTP/1.1 201 Created` -> 201. */
export function parseStatusLine(startLine: string): number | undefined {
  const match = /^HTTP\/[\d.]+\s+(\d{3})\b/.exec(startLine);
  return match?.[1] ? Number(match[1]) : undefined;
}
