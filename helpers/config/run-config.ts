// Configuration is resolved once, from the environment, into one typed object that every
// stage receives. Tenant fields are validated only when the tenant target is chosen.
import { ConfigError } from './config-error.ts';
import { resolveTenantConfig, type TenantConfig } from './tenant-config.ts';

export type TargetKind = 'mock' | 'tenant';

export interface RunConfig {
  target: TargetKind;
  /** Folder of contract JSON files the specs run over. */
  contractsDir: string;
  /** Only contracts whose file name or resource contains this (case-insensitive) run; empty means all. */
  contractFilter: string;
  /** Present exactly when target is `tenant`. */
  tenant?: TenantConfig;
}

export const DEFAULT_RUN_CONFIG: RunConfig = {
  target: 'mock',
  contractsDir: 'contracts',
  contractFilter: '',
};

export function resolveRunConfig(env: Record<string, string | undefined>): RunConfig {
  const target = env.GRAPH_TARGET || DEFAULT_RUN_CONFIG.target;
  if (target !== 'mock' && target !== 'tenant') {
    throw new ConfigError([`GRAPH_TARGET is "${target}": expected "mock" or "tenant".`]);
  }
  return {
    target,
    contractsDir: env.CONTRACTS_DIR || DEFAULT_RUN_CONFIG.contractsDir,
    contractFilter: env.CONTRACT ?? '',
    ...(target === 'tenant' ? { tenant: resolveTenantConfig(env) } : {}),
  };
}
