// A model that cannot be used stops the lint with one message naming the file (or URL) and,
// where the XML is at fault, the line: findings against half a model would be wrong findings.
import { CodedError } from '../foundation/coded-error.ts';

export type ModelErrorCode = 'MODEL_UNREADABLE' | 'MODEL_UNPARSABLE' | 'MODEL_NOT_CSDL' | 'MODEL_TIMEOUT' | 'MODEL_TOO_LARGE';

export class ModelError extends CodedError {
  constructor(
    readonly code: ModelErrorCode,
    readonly source: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${line ? `${source}:${line}` : source}: ${message} [${code}]`);
  }
}
