// `graph-contracts lint`: contracts against the service's own model ($metadata), read-only.
import { formatUnreadable } from '../gate/load-contracts.ts';
import { lintContracts, type LintResult } from '../model/lint-contracts.ts';
import { ModelError } from '../model/model-errors.ts';
import { CliUsageError, type CliCommand } from './cli-command.ts';
import { checkContractsArgument } from './contracts-argument.ts';
import { loadModel, MODEL_LIMIT_HELP, MODEL_LIMIT_OPTIONS, modelLimits } from './load-model.ts';
import { LINT_FORMATS, renderLint, type LintFormat } from './lint-output.ts';
import { parseMetadataArguments } from './metadata-argument.ts';
import { checkOutputFile, writeOutputFile } from './file-arguments.ts';
import { parseCommandArgs, requireInputs } from './page-arguments.ts';
import { readContractInputs } from './read-contract-inputs.ts';

const FAIL_ON = ['error', 'warning', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const lintCommand: CliCommand = {
  name: 'lint',
  usage: 'graph-contracts lint <contracts dir|file>... --metadata [label=]<file|url>... [--format text|json|sarif] [--out FILE] [--fail-on error|warning|none] [--model-timeout S] [--model-max-mb MB]',
  help: `Checks each contract against the service's model (CSDL, as served at
https://graph.microsoft.com/{version}/$metadata): entity type, properties, types, enum
members, POST paths. Reads only; sends nothing to a tenant.

  --metadata [label=]<file|url>  a model; repeat for several (versions, clouds: usgov=FILE).
                   A model serves the contracts of the version its label or file name
                   names (beta, v1.0); with none named, every contract.
  --format F       text (default), json, or sarif (SARIF 2.1.0, for GitHub code scanning)
  --out FILE       write there instead of standard output
  --fail-on P      exit 1 on a finding of severity P or worse: error (default), warning, none
${MODEL_LIMIT_HELP}

Exit codes: 0 no finding at the --fail-on level, 1 some, 2 usage error: an input missing, empty,
or a doc page or a folder of them (CONTRACTS_DIR_UNREADABLE), a model that cannot be had
(unreadable, unparsable, too slow: MODEL_TIMEOUT, too large: MODEL_TOO_LARGE), each one line
naming it, or an unreadable contract (named; the others are still linted).`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, {
      metadata: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      ...MODEL_LIMIT_OPTIONS,
    });
    const inputs = requireInputs(positionals, 'lint');
    const format = oneOf(values.format, LINT_FORMATS, '--format');
    const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');
    if (!values.metadata || values.metadata.length === 0) throw new CliUsageError('"lint" needs at least one --metadata [label=]<file|url>');
    const metadata = parseMetadataArguments(values.metadata);
    for (const input of inputs) checkContractsArgument(input, { fileAllowed: true });
    checkOutputFile(values.out, '--out');
    let result: LintResult;
    const inputsRead = readContractInputs(inputs);
    try {
      const limits = modelLimits(values);
      const models = await Promise.all(metadata.map((argument) => loadModel(argument, limits)));
      result = lintContracts(inputsRead.contracts, models);
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      err.write(`graph-contracts lint: ${error.message}\n`);
      return 2;
    }
    const text = renderLint(result, format);
    if (values.out) writeOutputFile(values.out, text);
    else out.write(text);
    // The others are linted, but a contract that could not be read is an input error: exit 2.
    for (const entry of inputsRead.unreadable) err.write(`graph-contracts lint: ${formatUnreadable(entry)}\n`);
    return inputsRead.unreadable.length > 0 ? 2 : exitCode(result, failOn);
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(`${option} "${value}": expected one of ${allowed.join(', ')}`);
}

function exitCode(result: LintResult, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  const failing = failOn === 'error' ? ['error'] : ['error', 'warning'];
  return result.findings.some((finding) => failing.includes(finding.severity)) ? 1 : 0;
}
