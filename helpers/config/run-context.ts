// One run context per process: the resolved configuration and the stateful services every
// stage shares (the schema validator and its compile cache, the clock, the secret redactor).
// Created once where a process starts (the spec worker, the reporter, a CLI command) and
// passed down; nothing else keeps module state.
import { createSchemaValidator, type SchemaValidator } from '../contract/compile-schema.ts';
import { systemClock, type Clock } from '../foundation/clock.ts';
import { SecretRedactor } from '../foundation/redact-secrets.ts';
import type { RunConfig } from './run-config.ts';

export interface RunContext {
  config: RunConfig;
  schemas: SchemaValidator;
  clock: Clock;
  /** Knows the configured secrets from the start; the tenant target adds every token it fetches. */
  redactor: SecretRedactor;
}

export function createRunContext(config: RunConfig, parts: Partial<Omit<RunContext, 'config'>> = {}): RunContext {
  return {
    config,
    schemas: parts.schemas ?? createSchemaValidator(),
    clock: parts.clock ?? systemClock,
    redactor: parts.redactor ?? new SecretRedactor(configuredSecrets(config)),
  };
}

/** The secret values a configuration holds. */
export function configuredSecrets(config: RunConfig): string[] {
  const credentials = config.tenant?.credentials;
  if (!credentials) return [];
  return credentials.kind === 'client-secret' ? [credentials.clientSecret] : [credentials.accessToken];
}
