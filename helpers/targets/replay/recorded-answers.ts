// The recordings folder as the replay target reads it: the manifest once, then each contract's
// file the first time one of its paths is prepared (a shard reads only its own). Every file
// is untrusted (read-recording-file.ts): one that cannot be used is one coded line, and its
// contract's paths are answered as if nothing were recorded. Recorded creates at a path the
// contract does not document (the docs moved it, or the file was edited by hand) are left out
// with a line; a file left with none is set aside.
import { existsSync } from 'node:fs';
import type { Contract } from '../../foundation/contract-types.ts';
import { pathTemplateToRegExp } from '../../foundation/path-template.ts';
import { MANIFEST_FILE, parseManifest, type RecordingManifest } from '../record/recording-manifest.ts';
import { parseRecording, type RecordedExchange } from '../record/recording-file.ts';
import { recordingName } from '../record/recording-target.ts';
import type { RecordingProblem } from '../record/recording-types.ts';
import { readRecordingJson } from '../record/read-recording-file.ts';

/** A contract's recording: its exchanges by the documented path template they answer, or the code it was set aside with. */
export type ContractRecording = { kind: 'recorded'; exchanges: Map<string, RecordedExchange> } | { kind: 'none' } | { kind: 'set-aside'; code: string };

export class RecordedAnswers {
  readonly problems: RecordingProblem[] = [];
  readonly manifest: RecordingManifest | undefined;
  private readonly byName = new Map<string, ContractRecording>();

  constructor(readonly dir: string) {
    if (!existsSync(dir)) {
      this.problems.push({ file: dir, code: 'RECORDINGS_DIR_MISSING', message: `${dir}: no such folder (RECORDINGS_DIR); every path is answered by the generated mock. Record one with a tenant run (GRAPH_RECORD) [RECORDINGS_DIR_MISSING]` });
      return;
    }
    this.manifest = this.readManifest();
  }

  forContract(contract: Contract): ContractRecording {
    const name = recordingName(contract);
    let recording = this.byName.get(name);
    if (!recording) this.byName.set(name, (recording = this.load(name, contract)));
    return recording;
  }

  private load(name: string, contract: Contract): ContractRecording {
    if (!existsSync(this.dir)) return { kind: 'none' };
    const read = readRecordingJson(this.dir, `${name}.json`);
    if (read.kind === 'missing') return { kind: 'none' };
    if (read.kind === 'problem') return this.setAside(read.problem);
    const parsed = parseRecording(read.json);
    if (!parsed.ok) return this.setAside({ file: read.file, code: parsed.code, message: `${read.file}: ${parsed.message}; its paths are answered by the generated mock [${parsed.code}]` });
    const exchanges = new Map<string, RecordedExchange>();
    const unknown: string[] = [];
    for (const exchange of parsed.exchanges) {
      const template = documentedTemplate(contract, exchange.create.path);
      if (template) exchanges.set(template, exchange);
      else unknown.push(exchange.create.path);
    }
    if (unknown.length > 0) {
      const documented = contract.operation.paths.map((path) => `/${contract.apiVersion}${path}`);
      const paths = documented.length > 3 ? `${documented.slice(0, 3).join(', ')} and ${documented.length - 3} more` : documented.join(', ');
      const left = exchanges.size === 0 ? 'the file is set aside' : 'those answers are not replayed';
      this.problems.push({ file: read.file, code: 'RECORDING_UNKNOWN_PATH', message: `${read.file}: recorded answers for ${unknown.map((p) => `POST ${p}`).join(', ')}, which ${contract.resource} does not document (it documents ${paths}); ${left} [RECORDING_UNKNOWN_PATH]` });
      if (exchanges.size === 0) return { kind: 'set-aside', code: 'RECORDING_UNKNOWN_PATH' };
    }
    return { kind: 'recorded', exchanges };
  }

  private setAside(problem: RecordingProblem): ContractRecording {
    this.problems.push(problem);
    return { kind: 'set-aside', code: problem.code };
  }

  private readManifest(): RecordingManifest | undefined {
    const read = readRecordingJson(this.dir, MANIFEST_FILE);
    const missing = `the recording dates are unknown`;
    if (read.kind === 'missing') {
      this.problems.push({ file: `${this.dir}/${MANIFEST_FILE}`, code: 'RECORDING_MANIFEST_INVALID', message: `${this.dir}/${MANIFEST_FILE}: missing; ${missing} [RECORDING_MANIFEST_INVALID]` });
      return undefined;
    }
    if (read.kind === 'problem') {
      this.problems.push({ ...read.problem, message: `${read.problem.message}; ${missing}` });
      return undefined;
    }
    const parsed = parseManifest(read.json);
    if (parsed.ok) return parsed.manifest;
    this.problems.push({ file: read.file, code: 'RECORDING_MANIFEST_INVALID', message: `${read.file}: ${parsed.message}; ${missing} [RECORDING_MANIFEST_INVALID]` });
    return undefined;
  }
}

/** The documented template `recordedPath` (`/beta/...`) answers, any parameter values; a literal segment beats a parameter. */
function documentedTemplate(contract: Contract, recordedPath: string): string | undefined {
  const [, version = '', ...rest] = recordedPath.split('?')[0]!.split('/');
  if (version !== 'beta' && version !== 'v1.0') return undefined;
  const path = `/${rest.join('/')}`;
  const placeholders = (template: string) => (template.match(/\{/g) ?? []).length;
  return contract.operation.paths.filter((template) => pathTemplateToRegExp(template).test(path)).sort((a, b) => placeholders(a) - placeholders(b))[0];
}
