// The one place that reads `.env`: resolution stays a pure function of the map returned here.
// Variables already set in the environment win over the file, so CI secrets beat a stray .env.
import { config } from 'dotenv';

export function loadEnv(path = '.env'): Record<string, string | undefined> {
  config({ path, quiet: true });
  return process.env;
}
