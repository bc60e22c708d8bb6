// The model check of a tenant run: the selected contracts against the service's own model, with
// the lint of `graph-contracts lint` (helpers/model). `live` fetches {base}/{version}/$metadata
// through the run's client (same token, retries, concurrency limit), once per API version the
// run touches: the fetch is cached for the run, so several calls (or shards sharing a target)
// never fetch a version twice. A file is read once, offline, and serves every contract.
// A model that cannot be had is an error in the result, not a crash: the creates still run, and
// the run is decided by its contract paths unless GRAPH_METADATA_REQUIRED=true. Each model has
// one deadline (retries included) and a size cap, so an outage costs at most the deadline.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MetadataSetting, ModelCheckBounds } from '../../config/tenant-config.ts';
import type { ApiVersion, Contract } from '../../foundation/contract-types.ts';
import { lintContracts, type LabelledModel } from '../../model/lint-contracts.ts';
import { readCsdl } from '../../model/read-csdl.ts';
import { readModelFromFile } from '../bounded-model-source.ts';
import { sharedModelCache } from './shared-model-cache.ts';
import type { ModelCheckResult, RetryRecord } from '../target-types.ts';
import type { TenantSession } from './tenant-session.ts';

type Loaded = { ok: true; model: LabelledModel; retries: RetryRecord[] } | { ok: false; error: string; retries: RetryRecord[] };

export type ModelCheck = (contracts: readonly Contract[]) => Promise<ModelCheckResult>;

/** `cacheDir`: where shards of one run share each fetched model (the run's reports folder). */
export function createModelCheck(session: Pick<TenantSession, 'client' | 'config'>, setting: Exclude<MetadataSetting, { kind: 'off' }>, bounds: ModelCheckBounds, cacheDir?: string): ModelCheck {
  const shared = cacheDir ? sharedModelCache(cacheDir) : undefined;
  const cache = new Map<string, Promise<Loaded>>();
  let requests = 0;
  const versionOf = (contract: Contract): ApiVersion => session.config.apiVersion ?? contract.apiVersion;

  const fetchLive = async (version: ApiVersion): Promise<Loaded> => {
    const url = `${session.config.graphBaseUrl}/${version}/$metadata`;
    const deadline = AbortSignal.timeout(bounds.timeoutMs);
    const timedOut = new Promise<Loaded>((resolve) => {
      deadline.addEventListener('abort', () => resolve({ ok: false, error: `GET ${url}: no model within ${bounds.timeoutMs} ms (GRAPH_METADATA_TIMEOUT_MS), retries included [MODEL_TIMEOUT]`, retries: [] }), { once: true });
    });
    const fetched = (async (): Promise<Loaded> => {
      let failure: Loaded | undefined;
      let retries: RetryRecord[] = [];
      const download = async (): Promise<string | undefined> => {
        requests += 1;
        try {
          const response = await session.client({ method: 'GET', url, headers: { accept: 'application/xml' }, signal: deadline, maxBytes: bounds.maxBytes });
          retries = response.retries;
          if (response.status === 200) return response.text;
          failure = { ok: false, error: `GET ${url} answered ${response.status}: no model for the ${version} contracts [MODEL_UNREADABLE]`, retries };
        } catch (error) {
          failure = { ok: false, error: errorText(error), retries: [] };
        }
        return undefined;
      };
      const { text } = shared ? await shared.get(url, download, deadline) : { text: await download() };
      if (text === undefined) return failure ?? { ok: false, error: `GET ${url}: no model [MODEL_UNREADABLE]`, retries };
      try {
        // A forced GRAPH_API_VERSION sends every contract to that version: its model serves them all.
        return { ok: true, model: { label: `$metadata ${version}`, ...(session.config.apiVersion ? {} : { version }), model: readCsdl(text, url) }, retries };
      } catch (error) {
        return { ok: false, error: errorText(error), retries };
      }
    })();
    // The deadline wins even while the client sleeps between retries.
    return Promise.race([fetched, timedOut]);
  };

  const readFileModel = async (file: string, version?: ApiVersion): Promise<Loaded> => {
    try {
      return { ok: true, model: { label: basename(file).replace(/\.(xml|csdl|edmx)$/i, ''), ...(version ? { version } : {}), model: await readModelFromFile(file, bounds) }, retries: [] };
    } catch (error) {
      return { ok: false, error: errorText(error), retries: [] };
    }
  };

  const load = (key: string, make: () => Promise<Loaded>): Promise<Loaded> => {
    const cached = cache.get(key) ?? make();
    cache.set(key, cached);
    return cached;
  };

  const versions = (contracts: readonly Contract[]) => [...new Set(contracts.map(versionOf))];
  const loadAll = (contracts: readonly Contract[]): Array<Promise<Loaded>> => {
    switch (setting.kind) {
      case 'file':
        return [load(setting.file, () => readFileModel(setting.file))];
      case 'files':
        return versions(contracts).flatMap((version) => {
          const file = setting.files[version];
          return file ? [load(file, () => readFileModel(file, version))] : [];
        });
      case 'live':
        return versions(contracts).map((version) => load(version, () => fetchLive(version)));
    }
  };

  return async (contracts) => {
    const loaded = await Promise.all(loadAll(contracts));
    const models = loaded.flatMap((entry) => (entry.ok ? [entry.model] : []));
    const lint = lintContracts([...contracts], models);
    return {
      source: setting.kind === 'file' ? setting.file : setting.kind === 'files' ? Object.entries(setting.files).map(([version, file]) => `${version}=${file}`).join(',') : 'live',
      models: lint.models,
      findings: lint.findings,
      notLinted: lint.notLinted,
      requests,
      retries: loaded.flatMap((entry) => entry.retries),
      errors: loaded.flatMap((entry) => (entry.ok ? [] : [entry.error])),
      required: bounds.required,
      checkedFiles: contracts.map((contract) => contract.source.file).filter((file) => !lint.notLinted.some((entry) => entry.file === file)),
    };
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' && !error.message.includes(`[${error.code}]`) ? `${error.message} [${error.code}]` : error.message;
  return String(error);
}
