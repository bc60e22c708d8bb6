// Errors the replay target raises itself (a recorded answer, even a refusal, is a reply).
import { CodedError } from '../../foundation/coded-error.ts';

/** GRAPH_REPLAY_STRICT=true: a path with no recorded answer fails instead of being generated. */
export class ReplayNotRecordedError extends CodedError {
  readonly code = 'REPLAY_NOT_RECORDED';
}
