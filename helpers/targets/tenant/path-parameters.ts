// Values for a template's `{parameters}`: configured ones first (GRAPH_PARAM_<name> or the
// params file), else the first member of the parent collection
// (`GET <parent>?$top=1&$select=id`), else a skip naming the parameter and how to supply it.
// Discovered values are cached per parent path so the corpus does not list a parent twice.
import type { RetryRecord } from '../target-types.ts';
import { fillPathTemplate, parameterSlots } from '../../foundation/path-template.ts';
import type { GraphClient } from './graph-client.ts';

/** `retries`: those of the discovery calls this resolution made, so the report can show them. */
export type ParameterResolution = ({ ok: true; path: string; values: Record<string, string> } | { ok: false; reason: string }) & { retries: RetryRecord[] };

export interface PathParameterResolver {
  resolve(template: string, baseUrl: string): Promise<ParameterResolution>;
}

type Discovery = { id: string; retries: RetryRecord[] } | { reason: string; retries: RetryRecord[] };

export function createPathParameterResolver(configured: Record<string, string>, client: GraphClient): PathParameterResolver {
  const discovered = new Map<string, Promise<Discovery>>();

  const discover = async (url: string, shown: string): Promise<Discovery> => {
    const response = await client({ method: 'GET', url });
    const retries = response.retries.map((r) => ({ ...r, reason: `discovery ${shown}: ${r.reason}` }));
    if (response.status !== 200) return { reason: `${shown} answered ${response.status}`, retries };
    const id = firstId(response.text);
    return id ? { id, retries } : { reason: `${shown} returned no items`, retries };
  };

  return {
    async resolve(template, baseUrl) {
      const values: Record<string, string> = {};
      const retries: RetryRecord[] = [];
      for (const slot of parameterSlots(template)) {
        const fromConfig = configured[slot.name];
        if (fromConfig) {
          values[slot.name] = fromConfig;
          continue;
        }
        const shown = `GET ${filled(slot.parentTemplate, values)}?$top=1&$select=id`;
        const url = `${baseUrl}${shown.slice('GET '.length)}`;
        let pending = discovered.get(url);
        if (!pending) {
          discovered.set(url, (pending = discover(url, shown)));
          // Only the resolution that made the call reports its retries, so none counts twice.
          retries.push(...(await pending).retries);
        }
        const result = await pending;
        if (!('id' in result)) {
          return {
            ok: false,
            retries,
            reason:
              `path parameter {${slot.name}} has no value: it is not configured (GRAPH_PARAM_${slot.name} or GRAPH_PARAMS_FILE) ` +
              `and discovery found none (${result.reason}).`,
          };
        }
        values[slot.name] = result.id;
      }
      return { ok: true, path: filled(template, values), values, retries };
    },
  };
}

function firstId(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { value?: Array<{ id?: unknown }> };
    const id = body.value?.[0]?.id;
    return typeof id === 'string' && id ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Parents hold only earlier parameters, all known by the time they are filled. */
function filled(template: string, values: Record<string, string>): string {
  const result = fillPathTemplate(template, values);
  if ('missing' in result) throw new Error(`internal: ${template} filled before ${result.missing.join(', ')} had values`);
  return result.path;
}
