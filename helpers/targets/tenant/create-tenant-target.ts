// The Target for a real tenant (or anything that answers like one, e.g. the fake Graph server).
// prepare: permission gate, path parameters, body override, marker. send: the resilient
// client. cleanup: DELETE everything recorded, also on SIGINT/SIGTERM and again on close.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunContext } from '../../config/run-context.ts';
import type { Contract, JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import { readCreatedId } from '../../foundation/created-id.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import type { BodyRewrite, CleanupResult, OutgoingRequest, RetryRecord, Target } from '../target-types.ts';
import { overrideFor } from './body-overrides.ts';
import { type CreatedEntity, deleteEntities } from './created-entities.ts';
import { cleanupOnInterrupt } from './interrupt-cleanup.ts';
import { markerField, runMarker } from './marker.ts';
import { permissionSkipReason } from './permission-gate.ts';
import { readBodyOverridesFile } from './tenant-files.ts';
import { tenantBody } from './tenant-body.ts';
import { createModelCheck } from './tenant-model-check.ts';
import { openTenantSession } from './tenant-session.ts';

export async function createTenantTarget(context: RunContext): Promise<Target> {
  // Writes not allowed: a read-only run (token and $metadata only), every create skipped.
  const session = await openTenantSession(context, 'read-only-if-not-allowed');
  const { metadata } = session.config;
  const modelCheck = metadata.kind === 'off' ? undefined : createModelCheck(session, metadata, session.config.modelCheck, modelCacheDir(context.config.reportsDir));
  const overrides = await readBodyOverridesFile(session.config.bodyOverridesFile);
  const marker = runMarker(session.config.markerPrefix, new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15));
  const created: CreatedEntity[] = [];
  // Retries of the discovery calls a prepare made, reported with the send of that request.
  const prepareRetries = new WeakMap<OutgoingRequest, RetryRecord[]>();

  const record = (request: OutgoingRequest, body: JsonValue | undefined): void => {
    const read = readCreatedId(body);
    const id = read.kind === 'id' ? read.id : undefined;
    const collectionUrl = `${session.baseUrlFor(request.contract)}${request.path}`;
    if (id && !created.some((e) => e.id === id && e.collectionUrl === collectionUrl)) created.push({ path: request.path, collectionUrl, id });
  };
  const cleanup = async (): Promise<CleanupResult> => deleteEntities(created.splice(0), session.client);
  const detach = cleanupOnInterrupt(cleanup);

  const buildBody = (contract: Contract, parameters: Record<string, string>): { body: JsonObject; rewrites: BodyRewrite[] } => {
    const field = markerField(contract);
    const override = overrideFor(contract, overrides);
    return tenantBody(contract, { parameters, ...(override ? { override } : {}), ...(field ? { marker: { field, value: marker } } : {}) });
  };

  return {
    kind: 'tenant',
    describe: () => `${session.config.graphBaseUrl}/${session.config.apiVersion ?? '<contract version>'} (tenant ${session.tenantId}${session.readOnly ? ', read-only' : ''})`,

    async prepare(contract, pathTemplate) {
      if (session.readOnly) return { skip: true, reason: session.readOnly };
      const denied = permissionSkipReason(contract, session.claims);
      if (denied) return { skip: true, reason: denied };
      const resolved = await session.parameters.resolve(pathTemplate, session.baseUrlFor(contract));
      if (!resolved.ok) return { skip: true, reason: resolved.reason };
      const { body, rewrites } = buildBody(contract, resolved.values);
      const request = buildOutgoingRequest(contract, pathTemplate, resolved.path, body);
      if (rewrites.length > 0) request.rewrites = rewrites;
      prepareRetries.set(request, resolved.retries);
      return { skip: false, request };
    },

    async send(request) {
      const url = `${session.baseUrlFor(request.contract)}${request.path}`;
      const response = await session.client({ method: 'POST', url, headers: request.headers, body: request.body });
      // Whatever the checks then make of the answer, an entity the service says it created
      // is deleted by cleanup.
      if (response.status >= 200 && response.status < 300) record(request, parseJson(response.text));
      return { ...response, retries: [...(prepareRetries.get(request) ?? []), ...response.retries] };
    },

    async read(request) {
      // One GET of the created entity (issue 22 adds the retries of a 404 until GRAPH_READ_DEADLINE_MS).
      const url = request.location ?? `${session.baseUrlFor(request.create.contract)}${request.create.path}/${encodeURIComponent(request.id)}`;
      const response = await session.client({ method: 'GET', url });
      return { ...response, url, appearedAfterMs: 0 };
    },

    cleanup,

    ...(modelCheck ? { modelCheck } : {}),

    async close() {
      detach();
      // Belt and braces: a spec that forgot cleanup() still leaves nothing behind.
      if (created.length > 0) await cleanup();
    },
  };
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/**
 * Where the shards of one run share their fetched models: keyed by the run's reports folder (the
 * one thing every shard of a run has in common), outside it so the report set stays the reports.
 */
function modelCacheDir(reportsDir: string): string {
  return join(tmpdir(), 'graph-contracts-model-cache', createHash('sha256').update(resolve(reportsDir)).digest('hex').slice(0, 16));
}
