// Reads one model from a file or an http(s) URL (Node's fetch) and parses it. Every way this
// can fail is a ModelError naming the file or URL.
import { readFile } from 'node:fs/promises';
import { ModelError } from '../model/model-errors.ts';
import type { LabelledModel } from '../model/lint-contracts.ts';
import { readCsdl } from '../model/read-csdl.ts';
import { isUrl, type MetadataArgument } from './metadata-argument.ts';

export async function loadModel(argument: MetadataArgument): Promise<LabelledModel> {
  const text = isUrl(argument.source) ? await fetchText(argument.source) : await readText(argument.source);
  return { label: argument.label, ...(argument.version ? { version: argument.version } : {}), model: readCsdl(text, argument.source) };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ModelError('MODEL_UNREADABLE', file, `cannot read the model: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/xml' } });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new ModelError('MODEL_UNREADABLE', url, `cannot fetch the model (${error instanceof Error ? error.message : String(error)}${cause})`);
  }
  if (!response.ok) throw new ModelError('MODEL_UNREADABLE', url, `cannot fetch the model: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}
