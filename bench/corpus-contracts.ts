// Builds every contract of the shared corpus into a folder, with the lead's builder API,
// for the corpus gate run and the bench. Returns how many were written.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildContracts, writeContracts } from '../helpers/cli/build-contracts.ts';
import { environmentVariable } from '../helpers/config/process-environment.ts';

export const DEFAULT_CORPUS = join(import.meta.dirname, '../../shared/corpus');

export function buildCorpusContracts(out: string, corpus = environmentVariable('CORPUS_DIR') ?? DEFAULT_CORPUS): { written: number; failed: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const summary = buildContracts([corpus]);
  return { written: writeContracts(summary, out).length, failed: summary.failed };
}
