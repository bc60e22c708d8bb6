// What travels from a spec worker to the reporter about recordings (task.meta, so shards on
// other processes or machines meet in one set), and what the replay target reports back.
import type { NockDefinition } from './nock-definition.ts';

/** One documented path of one contract as recorded: its create and read-back, or the recorded run's skip. */
export interface RecordedPath {
  /** The recording's name: the contract file's name without `.json` (`recordings/<name>.json`). */
  name: string;
  pathTemplate: string;
  /** The create's path as recorded (version segment, parameters as placeholders): what a recording file is merged on. */
  recordedPath: string;
  /** The create, then its read-back when the run read it; absent for a skip. */
  definitions?: NockDefinition[];
  /** Why the recorded run did not send this path. */
  skipped?: string;
}

/** Every documented path of a contract the run touched, as recorded, so a path the docs no longer list is dropped. */
export interface RecordedContract {
  name: string;
  recordedPaths: string[];
}

export interface RecordedRun {
  /** GRAPH_CLOUD of the run (the recordings' scope is that cloud's Graph host). */
  cloud: string;
  paths: RecordedPath[];
  contracts: RecordedContract[];
}

/** A recording file (or the manifest) the replay set aside, named with its code. */
export interface RecordingProblem {
  file: string;
  code: string;
  message: string;
}

export interface ReplaySource {
  /** RECORDINGS_DIR as given. */
  dir: string;
  /** What the manifest says of the run that recorded the answers; absent without a readable manifest. */
  recordedBy?: { runId: string; date: string; cloud: string; suiteVersion: string };
  problems: RecordingProblem[];
  strict: boolean;
}

export interface RecordingsMeta {
  /** GRAPH_RECORD on a tenant run: what this process recorded. */
  recorded?: RecordedRun;
  /** GRAPH_TARGET=replay: where the answers came from, and the files set aside. */
  replay?: ReplaySource;
}
