// The tenant's read of a created entity: a GET through the run's client (token, retries of
// 429/503/504, GRAPH_CONCURRENCY; a read, so outside the write budget), read again while it
// answers 404 until GRAPH_READ_DEADLINE_MS.
import { createdEntityUrl } from '../created-entity-url.ts';
import { readUntilFound, type ReadPolling } from '../read-until-found.ts';
import type { ReadRequest, ReadResponse } from '../target-types.ts';
import type { TenantSession } from './tenant-session.ts';

export function readCreatedEntity(session: Pick<TenantSession, 'client' | 'baseUrlFor'>, polling: ReadPolling, request: ReadRequest): Promise<ReadResponse> {
  const url = createdEntityUrl(session.baseUrlFor(request.create.contract), request.create, request.id, request.location);
  return readUntilFound(url, (next) => session.client({ method: 'GET', url: next }), polling);
}
