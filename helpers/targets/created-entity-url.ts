// Where a created entity is read back from: the create's Location header when the service sent
// one inside the same Graph version base, else the create's collection path with `/{id}`. A
// Location elsewhere (another host, such as the internal service names Intune has been seen to
// answer with, or another version) is not followed: the request carries the run's token.
import type { OutgoingRequest } from './target-types.ts';

/** `versionBase` is absolute and has no trailing slash, e.g. `https://graph.microsoft.com/beta`. */
export function createdEntityUrl(versionBase: string, create: Pick<OutgoingRequest, 'path'>, id: string, location?: string): string {
  const collection = `${versionBase}${create.path}`;
  const fallback = `${collection}/${encodeURIComponent(id)}`;
  if (!location?.trim()) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(location.trim(), collection);
  } catch {
    return fallback;
  }
  const base = new URL(versionBase);
  const within = resolved.origin === base.origin && `${resolved.pathname}/`.startsWith(`${base.pathname.replace(/\/$/, '')}/`);
  return within && !resolved.username && !resolved.password && !resolved.hash ? resolved.href : fallback;
}
