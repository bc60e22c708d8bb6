// One error for the whole configuration, so a scheduled run that is set up wrong says
// everything that is wrong at once instead of failing one variable per attempt.
import { CodedError } from '../foundation/coded-error.ts';
import { countOf } from '../foundation/count-noun.ts';

export class ConfigError extends CodedError {
  readonly code = 'CONFIG_INVALID';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The run configuration has ${countOf(problems.length, 'problem')}:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet these in the environment or in .env (see .env.example; docs/configuration.md lists what each variable accepts).',
    );
    this.problems = problems;
  }

  /**
   * How console.error and util.inspect print it (vitest prints a config that fails to load so):
   * the list once, without the stack, which would only point into the config loader, and
   * without the `problems` property, which would repeat the list.
   */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.name}: ${this.message}`;
  }
}
