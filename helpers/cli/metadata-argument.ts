// `--metadata [label=]<file|url>`: the label names a cloud or version in findings and the
// matrix; the API version a model serves is read from the label, else from the file name or
// URL (`beta`, `v1.0`), so `beta-2021-07-13.xml` lints only beta contracts. A model with no
// version in either lints every contract.
import { basename } from 'node:path';
import type { ApiVersion } from '../foundation/contract-types.ts';
import { CliUsageError } from './cli-command.ts';

export interface MetadataArgument {
  label: string;
  /** File path or http(s) URL. */
  source: string;
  version?: ApiVersion;
}

const LABELLED = /^([A-Za-z][\w.-]*)=(.+)$/;

export function parseMetadataArgument(text: string): MetadataArgument {
  const labelled = LABELLED.exec(text);
  const source = labelled ? labelled[2]! : text;
  if (source.trim() === '') throw new CliUsageError(`--metadata "${text}": expected [label=]<file|url>`);
  const label = labelled ? labelled[1]! : defaultLabel(source);
  const version = versionIn(labelled?.[1] ?? '') ?? versionIn(isUrl(source) ? new URL(source).pathname : basename(source));
  return { label, source, ...(version ? { version } : {}) };
}

export function parseMetadataArguments(texts: string[]): MetadataArgument[] {
  const parsed = texts.map(parseMetadataArgument);
  const labels = parsed.map((entry) => entry.label);
  const repeated = labels.find((label, index) => labels.indexOf(label) !== index);
  if (repeated) throw new CliUsageError(`--metadata label "${repeated}" is given twice; label each model (e.g. --metadata usgov=FILE)`);
  return parsed;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function defaultLabel(source: string): string {
  if (isUrl(source)) {
    const url = new URL(source);
    return `${url.host}${url.pathname.replace(/\/\$metadata$/, '')}`;
  }
  return basename(source).replace(/\.(xml|csdl|edmx)$/i, '');
}

function versionIn(text: string): ApiVersion | undefined {
  if (/(^|[^a-z])beta([^a-z]|$)/i.test(text)) return 'beta';
  if (/(^|[^\d])v1\.0([^\d]|$)/i.test(text)) return 'v1.0';
  return undefined;
}
