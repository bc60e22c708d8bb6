// The model check of a tenant run: the selected contracts against the service's own model, with
// the lint of `graph-contracts lint` (helpers/model). `live` fetches {base}/{version}/$metadata
// through the run's client (same token, retries, concurrency limit), once per API version the
// run touches: the fetch is cached for the run, so several calls (or shards sharing a target)
// never fetch a version twice. A file is read once, offline, and serves every contract.
// A model that cannot be had is an error in the result, not a crash: the creates still run.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MetadataSetting } from '../../config/tenant-config.ts';
import type { ApiVersion, Contract } from '../../foundation/contract-types.ts';
import { lintContracts, type LabelledModel } from '../../model/lint-contracts.ts';
import { readCsdl } from '../../model/read-csdl.ts';
import type { ModelCheckResult, RetryRecord } from '../target-types.ts';
import type { TenantSession } from './tenant-session.ts';

type Loaded = { ok: true; model: LabelledModel; retries: RetryRecord[] } | { ok: false; error: string; retries: RetryRecord[] };

export type ModelCheck = (contracts: readonly Contract[]) => Promise<ModelCheckResult>;

export function createModelCheck(session: Pick<TenantSession, 'client' | 'config'>, setting: Exclude<MetadataSetting, { kind: 'off' }>): ModelCheck {
  const cache = new Map<string, Promise<Loaded>>();
  let requests = 0;
  const versionOf = (contract: Contract): ApiVersion => session.config.apiVersion ?? contract.apiVersion;

  const fetchLive = async (version: ApiVersion): Promise<Loaded> => {
    const url = `${session.config.graphBaseUrl}/${version}/$metadata`;
    requests += 1;
    try {
      const response = await session.client({ method: 'GET', url, headers: { accept: 'application/xml' } });
      if (response.status !== 200) return { ok: false, error: `GET ${url} answered ${response.status}: no model for the ${version} contracts [MODEL_UNREADABLE]`, retries: response.retries };
      // A forced GRAPH_API_VERSION sends every contract to that version: its model serves them all.
      const model: LabelledModel = { label: `$metadata ${version}`, ...(session.config.apiVersion ? {} : { version }), model: readCsdl(response.text, url) };
      return { ok: true, model, retries: response.retries };
    } catch (error) {
      return { ok: false, error: errorText(error), retries: [] };
    }
  };

  const readFileModel = async (file: string): Promise<Loaded> => {
    try {
      return { ok: true, model: { label: basename(file).replace(/\.(xml|csdl|edmx)$/i, ''), model: readCsdl(await readFile(file, 'utf8'), file) }, retries: [] };
    } catch (error) {
      return { ok: false, error: errorText(error), retries: [] };
    }
  };

  const load = (key: string, make: () => Promise<Loaded>): Promise<Loaded> => {
    const cached = cache.get(key) ?? make();
    cache.set(key, cached);
    return cached;
  };

  return async (contracts) => {
    const keys = setting.kind === 'file' ? [setting.file] : [...new Set(contracts.map(versionOf))];
    const loaded = await Promise.all(keys.map((key) => load(key, () => (setting.kind === 'file' ? readFileModel(setting.file) : fetchLive(key as ApiVersion)))));
    const models = loaded.flatMap((entry) => (entry.ok ? [entry.model] : []));
    const lint = lintContracts([...contracts], models);
    return {
      source: setting.kind === 'file' ? setting.file : 'live',
      models: lint.models,
      findings: lint.findings,
      notLinted: lint.notLinted,
      requests,
      retries: loaded.flatMap((entry) => entry.retries),
      errors: loaded.flatMap((entry) => (entry.ok ? [] : [entry.error])),
    };
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' && !error.message.includes(`[${error.code}]`) ? `${error.message} [${error.code}]` : error.message;
  return String(error);
}
