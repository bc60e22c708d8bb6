// The one place that reads `.env` (or the file GRAPH_ENV_FILE names). Variables already set in the environment win over the file,
// so CI secrets beat a stray .env; process.env itself is left alone, so nothing else can come
// to depend on .env having been loaded into it.
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';

export function loadEnv(path?: string, environment: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  path ??= environment.GRAPH_ENV_FILE?.trim() || '.env';
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parse(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { ...fromFile, ...environment };
}
