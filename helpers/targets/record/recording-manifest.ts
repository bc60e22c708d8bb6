// `manifest.json` of a recordings folder: which run recorded it, when, in which cloud, with
// which version of the suite; the paths whose answers are older than that run (kept from an
// earlier one: not run this time, another shard's, skipped now), with their date; and the paths
// the recording run skipped, with why. The one file of a set that changes on every run.
import type { JsonValue } from '../../foundation/contract-types.ts';
import { isJsonObject } from '../../foundation/json-object.ts';
import { sortKeys } from './nock-definition.ts';
import { TENANT_PSEUDONYM } from './stable-placeholders.ts';

export const MANIFEST_FILE = 'manifest.json';

/** Recording name -> create path as recorded -> value. */
export type PathTable = Record<string, Record<string, string>>;

export interface RecordingManifest {
  format: 1;
  runId: string;
  /** When the recording run ended (ISO 8601). */
  date: string;
  cloud: string;
  /** Always the pseudonym: a recording never names the tenant. */
  tenant: string;
  suiteVersion: string;
  /** Paths recorded by an earlier run, with that run's date (YYYY-MM-DD). */
  earlier: PathTable;
  /** Paths the recording run skipped (and no run has recorded), with the reason. */
  skipped: PathTable;
}

export function newManifest(run: { runId: string; date: Date; cloud: string; suiteVersion: string }): RecordingManifest {
  return { format: 1, runId: run.runId, date: run.date.toISOString(), cloud: run.cloud, tenant: TENANT_PSEUDONYM, suiteVersion: run.suiteVersion, earlier: {}, skipped: {} };
}

/** The manifest, or the first field that is wrong. */
export function parseManifest(json: JsonValue): { ok: true; manifest: RecordingManifest } | { ok: false; message: string } {
  if (!isJsonObject(json)) return { ok: false, message: 'expected a JSON object' };
  if (json.format !== 1) return { ok: false, message: `format: expected 1, found ${JSON.stringify(json.format)}` };
  for (const field of ['runId', 'date', 'cloud', 'tenant', 'suiteVersion'] as const) {
    if (typeof json[field] !== 'string') return { ok: false, message: `${field}: expected a string, found ${JSON.stringify(json[field] ?? null)}` };
  }
  if (Number.isNaN(Date.parse(json.date as string))) return { ok: false, message: `date: expected an ISO 8601 date, found ${JSON.stringify(json.date)}` };
  const tables: Partial<Record<'earlier' | 'skipped', PathTable>> = {};
  for (const field of ['earlier', 'skipped'] as const) {
    const table = json[field] ?? {};
    const bad = pathTableProblem(table);
    if (bad) return { ok: false, message: `${field}${bad}` };
    tables[field] = table as PathTable;
  }
  const { runId, date, cloud, tenant, suiteVersion } = json as Record<string, string>;
  return { ok: true, manifest: { format: 1, runId: runId!, date: date!, cloud: cloud!, tenant: tenant!, suiteVersion: suiteVersion!, earlier: tables.earlier!, skipped: tables.skipped! } };
}

function pathTableProblem(table: JsonValue): string | undefined {
  if (!isJsonObject(table)) return ': expected an object of recording names';
  for (const [name, paths] of Object.entries(table)) {
    if (!isJsonObject(paths)) return `.${name}: expected an object of recorded paths`;
    for (const [path, value] of Object.entries(paths)) if (typeof value !== 'string') return `.${name}.${path}: expected a string`;
  }
  return undefined;
}

export function renderManifest(manifest: RecordingManifest): string {
  const { format, runId, date, cloud, tenant, suiteVersion, earlier, skipped } = manifest;
  return `${JSON.stringify({ format, runId, date, cloud, tenant, suiteVersion, earlier: sortKeys(earlier), skipped: sortKeys(skipped) }, null, 2)}\n`;
}

/** The day a path's answers were recorded: an earlier run's, or this manifest's. */
export function recordedOn(manifest: RecordingManifest, name: string, recordedPath: string): string {
  return lookupPath(manifest.earlier, name, recordedPath) ?? manifest.date.slice(0, 10);
}

/** `table[name][recordedPath]`, own properties only (a name like `constructor` is just a name). */
export function lookupPath(table: PathTable, name: string, recordedPath: string): string | undefined {
  const paths = Object.hasOwn(table, name) ? table[name] : undefined;
  return paths && Object.hasOwn(paths, recordedPath) ? paths[recordedPath] : undefined;
}
