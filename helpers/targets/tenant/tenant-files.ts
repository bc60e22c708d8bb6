// The I/O edge for the two optional files of a tenant run: path parameter values and body
// overrides. Both are JSON objects; anything else is a TenantFileError naming the file.
import { isJsonObject } from '../../foundation/json-object.ts';
import { readFile } from 'node:fs/promises';
import type { JsonObject, JsonValue } from '../../foundation/contract-types.ts';
import type { BodyOverrides } from './body-overrides.ts';
import { TenantFileError } from './tenant-errors.ts';

export async function readPathParamsFile(path: string | undefined): Promise<Record<string, string>> {
  if (!path) return {};
  const json = await readJsonObject(path, 'GRAPH_PARAMS_FILE', '{"managedAppRegistrationId": "<id>"}');
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(json)) {
    if (typeof value !== 'string') throw new TenantFileError(`${path} > ${name}: expected a string id, found ${JSON.stringify(value)}.`);
    params[name] = value;
  }
  return params;
}

export async function readBodyOverridesFile(path: string | undefined): Promise<BodyOverrides> {
  if (!path) return {};
  const json = await readJsonObject(path, 'GRAPH_BODY_OVERRIDES_FILE', '{"<resource>": {"field": "value", "$remove": ["field"]}}');
  const overrides: BodyOverrides = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isJsonObject(value)) throw new TenantFileError(`${path} > ${key}: expected an object of fields to set, found ${JSON.stringify(value)}.`);
    overrides[key] = value;
  }
  return overrides;
}

async function readJsonObject(path: string, variable: string, shape: string): Promise<JsonObject> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TenantFileError(`${variable} names ${path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Fix the path or unset ${variable}.`);
  }
  let json: JsonValue;
  try {
    json = JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new TenantFileError(`${path} (${variable}) is not JSON: ${(error as Error).message}. Expected an object like ${shape}.`);
  }
  if (!isJsonObject(json)) throw new TenantFileError(`${path} (${variable}) must hold a JSON object like ${shape}.`);
  return json;
}
