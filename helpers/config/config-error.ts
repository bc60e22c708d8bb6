// One error for the whole configuration, so a scheduled run that is set up wrong says
// everything that is wrong at once instead of failing one variable per attempt.
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The run configuration has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet these in the environment or in .env (see .env.example).',
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
