// One error for the whole configuration, so a scheduled run that is set up wrong says
// everything that is wrong at once instead of failing one variable per attempt.
import { CodedError } from '../foundation/coded-error.ts';

export class ConfigError extends CodedError {
  readonly code = 'CONFIG_INVALID';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The run configuration has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet these in the environment or in .env (see .env.example).',
    );
    this.problems = problems;
  }
}
