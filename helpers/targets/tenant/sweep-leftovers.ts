// Finds entities an earlier run left behind (killed before its cleanup) by the marker prefix
// in their marker field, and deletes them. Only collections of contracts that carry a
// marker can be swept; the others rely on the run's own cleanup.
import type { Contract, JsonValue } from '../../foundation/contract-types.ts';
import type { CleanupResult } from '../target-types.ts';
import { type CreatedEntity, deleteEntities } from './created-entities.ts';
import { markerField } from './marker.ts';
import { permissionSkipReason } from './permission-gate.ts';
import type { TenantSession } from './tenant-session.ts';

/** Enough for any test tenant; a bound so a huge collection cannot keep a sweep paging forever. */
const MAX_PAGES = 50;

export interface SweepResult extends CleanupResult {
  /** Collections listed, and why others were not. */
  scanned: string[];
  notScanned: Array<{ path: string; reason: string }>;
}

export async function sweepLeftovers(session: TenantSession, contracts: readonly Contract[]): Promise<SweepResult> {
  const prefix = session.config.markerPrefix;
  const found: CreatedEntity[] = [];
  const scanned: string[] = [];
  const notScanned: SweepResult['notScanned'] = [];
  for (const contract of contracts) {
    const field = markerField(contract);
    for (const template of contract.operation.paths) {
      const skip = !field ? `${contract.resource} has no marker field` : permissionSkipReason(contract, session.claims);
      const resolved = skip ? undefined : await session.parameters.resolve(template, session.baseUrlFor(contract));
      if (skip || !resolved?.ok) {
        notScanned.push({ path: template, reason: skip ?? (resolved && !resolved.ok ? resolved.reason : 'unresolved') });
        continue;
      }
      const collectionUrl = `${session.baseUrlFor(contract)}${resolved.path}`;
      scanned.push(resolved.path);
      for (const member of await listAll(session, `${collectionUrl}?$select=id,${field}`)) {
        const mark = member[field!];
        if (typeof member.id === 'string' && typeof mark === 'string' && mark.startsWith(prefix)) found.push({ path: resolved.path, collectionUrl, id: member.id });
      }
    }
  }
  return { ...(await deleteEntities(found, session.client)), scanned, notScanned };
}

async function listAll(session: TenantSession, firstUrl: string): Promise<Array<Record<string, JsonValue>>> {
  const members: Array<Record<string, JsonValue>> = [];
  let url: string | undefined = firstUrl;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await session.client({ method: 'GET', url });
    if (response.status !== 200) break;
    const body = JSON.parse(response.text) as { value?: Array<Record<string, JsonValue>>; '@odata.nextLink'?: string };
    members.push(...(body.value ?? []));
    url = body['@odata.nextLink'];
  }
  return members;
}
