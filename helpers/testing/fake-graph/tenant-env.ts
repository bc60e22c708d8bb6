// The environment of a tenant run pointed at a fake Graph server: both hosts overridden to
// the fake's plain http URL, writes allowed for the fake's tenant only, fast backoff, the
// run's journal in the fake's own temporary folder (never the user's .graph-contracts/).
import type { FakeGraph } from './fake-graph-server.ts';

export function tenantEnvFor(fake: FakeGraph, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    GRAPH_TARGET: 'tenant',
    AZURE_TENANT_ID: fake.app.tenantId,
    AZURE_CLIENT_ID: fake.app.clientId,
    AZURE_CLIENT_SECRET: fake.app.clientSecret,
    GRAPH_BASE_URL: fake.url,
    AZURE_AUTHORITY_HOST: fake.url,
    GRAPH_ALLOW_WRITES: 'true',
    GRAPH_ALLOWED_TENANTS: fake.app.tenantId,
    GRAPH_BACKOFF_BASE_MS: '10',
    GRAPH_MARKER_PREFIX: 'gc-test-',
    GRAPH_JOURNAL_DIR: fake.journalDir,
    ...extra,
  };
}

/**
 * GRAPH_WRITE_SCOPE for a run that sends every seed path: the seeds document Intune paths outside
 * the default scope's two roots (`/managedAppRegistrations`, `/users/{usersId}/...`).
 */
export const SEED_WRITE_SCOPE = '/deviceManagement,/deviceAppManagement,/managedAppRegistrations,/users';
