// Reads one model from a file or an http(s) URL within bounds (deadlines, size cap, parsed as it
// arrives) and labels it. Every way this can fail is a ModelError naming the file or URL.
import type { LabelledModel } from '../model/lint-contracts.ts';
import { DEFAULT_MODEL_LIMITS, readModelFromFile, readModelFromUrl, type ModelSourceLimits } from '../targets/bounded-model-source.ts';
import { CliUsageError } from './cli-command.ts';
import { isUrl, type MetadataArgument } from './metadata-argument.ts';

export async function loadModel(argument: MetadataArgument, limits: ModelSourceLimits = DEFAULT_MODEL_LIMITS): Promise<LabelledModel> {
  const model = isUrl(argument.source) ? await readModelFromUrl(argument.source, limits) : await readModelFromFile(argument.source, limits);
  return { label: argument.label, ...(argument.version ? { version: argument.version } : {}), model };
}

/** The options that bound a model source, shared by every command that reads one. */
export const MODEL_LIMIT_OPTIONS = {
  'model-timeout': { type: 'string' },
  'model-max-mb': { type: 'string' },
} as const;

export const MODEL_LIMIT_HELP = `  --model-timeout S a model URL must answer within S seconds and arrive whole within
                   3 x S (default ${DEFAULT_MODEL_LIMITS.connectTimeoutMs / 1000}; the total then ${DEFAULT_MODEL_LIMITS.totalTimeoutMs / 1000})
  --model-max-mb MB a model larger than this is refused, file or URL (default ${DEFAULT_MODEL_LIMITS.maxBytes / 1024 / 1024})`;

export function modelLimits(values: { 'model-timeout'?: string | undefined; 'model-max-mb'?: string | undefined }): ModelSourceLimits {
  const number = (text: string | undefined, option: string, fallback: number, max: number): number => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > max) throw new CliUsageError(`${option} "${text}": expected a positive number up to ${max}`);
    return value;
  };
  const seconds = number(values['model-timeout'], '--model-timeout', DEFAULT_MODEL_LIMITS.connectTimeoutMs / 1000, 3600);
  const megabytes = number(values['model-max-mb'], '--model-max-mb', DEFAULT_MODEL_LIMITS.maxBytes / 1024 / 1024, 4096);
  return { connectTimeoutMs: Math.round(seconds * 1000), totalTimeoutMs: Math.round(seconds * 3000), maxBytes: Math.round(megabytes * 1024 * 1024) };
}
