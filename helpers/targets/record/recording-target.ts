// GRAPH_RECORD on a tenant run: the tenant target, unchanged, with a recorder around it. Each
// create it sends, the read-back of what that create made (the `read` check's GET) and each
// skip are kept as they pass through; `recordings()` hands them over at the end of the run,
// normalised (normalise-exchange.ts), for the reporter to write as one set. The recorder sees
// only what the target returns to the checks: the answer after retries, never a token.
import { contractFileName } from '../../contract/contract-json.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import type { OutgoingRequest, Target } from '../target-types.ts';
import { normaliseExchange, recordedPathOf, type Exchange, type NormaliseSettings } from './normalise-exchange.ts';
import type { RecordedPath, RecordingsMeta } from './recording-types.ts';
import { placeholderGuid, replaceGuids } from './stable-placeholders.ts';

export interface RecorderSettings extends NormaliseSettings {
  cloud: string;
}

/** The recording a contract's answers go to: its file name (as `build` writes it) without `.json`. */
export function recordingName(contract: Contract): string {
  return contractFileName(contract.source.file).replace(/\.json$/, '');
}

export function recordingTarget(inner: Target, settings: RecorderSettings): Target {
  const exchanges = new Map<OutgoingRequest, Exchange>();
  const skipped: Array<{ contract: Contract; pathTemplate: string; reason: string }> = [];
  const touched = new Set<Contract>();

  const recorded = (): RecordingsMeta => {
    const paths: RecordedPath[] = [];
    for (const exchange of exchanges.values()) {
      const { recordedPath, definitions } = normaliseExchange(exchange, settings);
      paths.push({ name: exchange.name, pathTemplate: exchange.pathTemplate, recordedPath, definitions });
    }
    for (const { contract, pathTemplate, reason } of skipped) {
      paths.push({ name: recordingName(contract), pathTemplate, recordedPath: recordedPathOf(pathTemplate, settings.versionOf(contract)), skipped: stableReason(reason, settings) });
    }
    const contracts = [...touched].map((contract) => ({ name: recordingName(contract), recordedPaths: contract.operation.paths.map((template) => recordedPathOf(template, settings.versionOf(contract))) }));
    return { recorded: { cloud: settings.cloud, paths, contracts } };
  };

  const target: Target = {
    kind: inner.kind,
    describe: () => `${inner.describe()}, recording`,
    async prepare(contract, pathTemplate) {
      touched.add(contract);
      const prepared = await inner.prepare(contract, pathTemplate);
      if (prepared.skip) skipped.push({ contract, pathTemplate, reason: prepared.reason });
      return prepared;
    },
    async send(request) {
      const response = await inner.send(request);
      exchanges.set(request, { name: recordingName(request.contract), contract: request.contract, pathTemplate: request.pathTemplate, request, create: response });
      return response;
    },
    async read(request) {
      const response = await inner.read(request);
      const exchange = exchanges.get(request.create);
      if (exchange) exchange.read = response;
      return response;
    },
    cleanup: () => inner.cleanup(),
    close: () => inner.close(),
    recordings: recorded,
  };
  if (inner.modelCheck) target.modelCheck = (contracts) => inner.modelCheck!(contracts);
  return target;
}

/** A skip reason as recorded: scrubbed, the run's host as the cloud's, each id (a discovered parent) as a stand-in. */
function stableReason(reason: string, settings: NormaliseSettings): string {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const text = settings.scrub(reason).split(base).join(settings.canonicalOrigin);
  return replaceGuids(text, (guid) => placeholderGuid(`skip:${guid.toLowerCase()}`));
}
