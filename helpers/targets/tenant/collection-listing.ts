// Lists every member of a collection, page by page (`@odata.nextLink`), for the sweep: each
// collection it searches is listed once. A page that is not a 200 list ends the listing with
// the reason, never silently: a collection that could not be searched may hold leftovers.
import type { JsonValue } from '../../foundation/contract-types.ts';
import type { RetryRecord } from '../target-types.ts';
import type { GraphClient } from './graph-client.ts';

/** Enough for any test tenant (100 members a page); a bound so a huge collection cannot keep a sweep paging forever. */
const MAX_PAGES = 50;

export type Member = Record<string, JsonValue>;
export type Listing = { ok: true; members: Member[]; retries: RetryRecord[]; truncated: boolean } | { ok: false; reason: string; retries: RetryRecord[] };

export async function listCollection(client: GraphClient, firstUrl: string): Promise<Listing> {
  const members: Member[] = [];
  const retries: RetryRecord[] = [];
  let url: string | undefined = firstUrl;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    let response;
    try {
      response = await client({ method: 'GET', url });
    } catch (error) {
      return { ok: false, reason: `GET ${url} failed: ${(error as Error).message}`, retries };
    }
    retries.push(...response.retries);
    const body = response.status === 200 ? parseList(response.text) : undefined;
    if (!body) return { ok: false, reason: `GET ${url} answered ${response.status}${response.status === 200 ? ' without a `value` list' : `: ${response.text.slice(0, 200)}`}`, retries };
    members.push(...body.value);
    url = body.nextLink;
  }
  return { ok: true, members, retries, truncated: url !== undefined };
}

function parseList(text: string): { value: Member[]; nextLink?: string } | undefined {
  try {
    const body = JSON.parse(text) as { value?: unknown; '@odata.nextLink'?: unknown };
    if (!Array.isArray(body.value)) return undefined;
    return { value: body.value as Member[], ...(typeof body['@odata.nextLink'] === 'string' ? { nextLink: body['@odata.nextLink'] } : {}) };
  } catch {
    return undefined;
  }
}
