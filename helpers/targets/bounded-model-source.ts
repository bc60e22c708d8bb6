// A service model (CSDL) read from a URL or a file within bounds: the answer's headers must come
// within the connect deadline, the whole body within the total deadline, and no more than the
// size cap is ever read. The body is parsed as it arrives (saxes, chunk by chunk), so a model
// is never held as text beside its parsed form. Every way this fails is one ModelError line
// naming the URL or file: MODEL_TIMEOUT, MODEL_TOO_LARGE, MODEL_UNREADABLE, MODEL_UNPARSABLE.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ModelError } from '../model/model-errors.ts';
import type { ServiceModel } from '../model/model-types.ts';
import { csdlReader } from '../model/read-csdl.ts';

export interface ModelSourceLimits {
  /** Until the answer's status and headers arrive. */
  connectTimeoutMs: number;
  /** Until the whole body has arrived. */
  totalTimeoutMs: number;
  maxBytes: number;
}

// Today's models are 1.5-4.2 MB; a cap far above that still stops a flood long before memory does.
export const DEFAULT_MODEL_LIMITS: ModelSourceLimits = { connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, maxBytes: 64 * 1024 * 1024 };

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${bytes} bytes`);

/** GET the model at `url` (headers such as a bearer token may be given) and parse it, within `limits`. */
export async function readModelFromUrl(url: string, limits: ModelSourceLimits, headers: Record<string, string> = {}): Promise<ServiceModel> {
  const total = new AbortController();
  const started = Date.now();
  let timedOut: 'connect' | 'total' | undefined;
  const connectTimer = setTimeout(() => { timedOut = 'connect'; total.abort(); }, limits.connectTimeoutMs);
  const totalTimer = setTimeout(() => { timedOut ??= 'total'; total.abort(); }, limits.totalTimeoutMs);
  const timeoutError = () =>
    new ModelError('MODEL_TIMEOUT', url, timedOut === 'connect' ? `no answer within ${limits.connectTimeoutMs} ms (connect deadline)` : `the model did not arrive within ${limits.totalTimeoutMs} ms (total deadline; ${Date.now() - started} ms spent)`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/xml', ...headers }, signal: total.signal });
    } catch (error) {
      if (timedOut) throw timeoutError();
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new ModelError('MODEL_UNREADABLE', url, `cannot fetch the model (${error instanceof Error ? error.message : String(error)}${cause})`);
    }
    clearTimeout(connectTimer);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new ModelError('MODEL_UNREADABLE', url, `cannot fetch the model: HTTP ${response.status} ${response.statusText}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ModelError('MODEL_TOO_LARGE', url, `the answer declares ${size(declared)}, over the cap of ${size(limits.maxBytes)}`);
    }
    const reader = csdlReader(url);
    const decoder = new TextDecoder();
    let received = 0;
    try {
      for await (const chunk of response.body ?? []) {
        received += chunk.byteLength;
        if (received > limits.maxBytes) {
          total.abort();
          throw new ModelError('MODEL_TOO_LARGE', url, `the answer went past the cap of ${size(limits.maxBytes)}; reading stopped there`);
        }
        reader.write(decoder.decode(chunk, { stream: true }));
      }
    } catch (error) {
      if (error instanceof ModelError) throw error;
      if (timedOut) throw timeoutError();
      throw new ModelError('MODEL_UNREADABLE', url, `the answer broke off after ${size(received)} (${error instanceof Error ? error.message : String(error)})`);
    }
    reader.write(decoder.decode());
    return reader.close();
  } finally {
    clearTimeout(connectTimer);
    clearTimeout(totalTimer);
  }
}

/** Read and parse the model in `file`, refusing one larger than the cap before reading it. */
export async function readModelFromFile(file: string, limits: Pick<ModelSourceLimits, 'maxBytes'>): Promise<ServiceModel> {
  let bytes: number;
  try {
    bytes = (await stat(file)).size;
  } catch (error) {
    throw new ModelError('MODEL_UNREADABLE', file, `cannot read the model: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes > limits.maxBytes) throw new ModelError('MODEL_TOO_LARGE', file, `the file is ${size(bytes)}, over the cap of ${size(limits.maxBytes)}`);
  const reader = csdlReader(file);
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) reader.write(chunk as string);
  } catch (error) {
    if (error instanceof ModelError) throw error;
    throw new ModelError('MODEL_UNREADABLE', file, `cannot read the model: ${error instanceof Error ? error.message : String(error)}`);
  }
  return reader.close();
}
