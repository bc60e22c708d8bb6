// `graph-contracts build`: doc pages -> contract files, one line per failed page.
import { formatProblem } from '../foundation/diagnostics.ts';
import { basename } from 'node:path';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { modelFacts } from '../model/model-facts.ts';
import { ModelError } from '../model/model-errors.ts';
import { sarifJson } from '../report/sarif-log.ts';
import { buildContracts, buildSummaryLine, requireCreatePages, writeContracts } from './build-contracts.ts';
import { buildSarif } from './build-sarif.ts';
import { loadModel, MODEL_LIMIT_HELP, MODEL_LIMIT_OPTIONS, modelLimits } from './load-model.ts';
import type { ModelSourceLimits } from '../targets/bounded-model-source.ts';
import { isUrl, parseMetadataArguments } from './metadata-argument.ts';
import type { CliCommand } from './cli-command.ts';
import { checkContractsArgument } from './contracts-argument.ts';
import { checkOutputFile, writeOutputFile } from './file-arguments.ts';
import { matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';

export const buildCommand: CliCommand = {
  name: 'build',
  usage: 'graph-contracts build <file|dir>... [--out contracts] [--match REGEX] [--metadata [label=]<file|url>]... [--sarif FILE] [--strict] [--verbose] [--model-timeout S] [--model-max-mb MB]',
  help: `Every .md and .txt page (folders recursively) becomes <out>/<relative path>.json.
Prints one line per failure of a page (FAILED file:line > field: reason [CODE]) and
"built N of M pages". Pages that are not "Create X" pages are skipped and counted. A broken
page costs only its own contract: the others are written, and the build succeeds, as a build
of today's docs (a few broken pages among hundreds, every week) must for the next step to run.

  --out DIR        where contracts are written (default: contracts)
  --match REGEX    only pages whose relative path matches, e.g. 'intune-.*-create'
  --metadata M     a service model (CSDL file or URL; repeat per version): properties typed by an
                   IsFlags enum accept comma-separated members, recorded in the contract's fromModel
  --sarif FILE     also write every problem (fatal and not) as SARIF 2.1.0
  --strict         exit 1 when any page failed (a docs pull request's check)
  --verbose        also print skipped pages and non-fatal doc defects
${MODEL_LIMIT_HELP}

Exit codes: 0 contracts written (failed pages, if any, named), 1 no page built, or with
--strict any page failed, 2 usage error: a missing input, no page, a --match that selects none,
no create page, --out a file or a folder of pages (PAGE_INPUT_NOT_FOUND,
CONTRACTS_DIR_UNREADABLE), or a model that cannot be had (MODEL_UNREADABLE, MODEL_UNPARSABLE,
MODEL_TIMEOUT, MODEL_TOO_LARGE); each one line naming it.`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, {
      ...PAGE_OPTIONS,
      out: { type: 'string', default: 'contracts' },
      metadata: { type: 'string', multiple: true },
      sarif: { type: 'string' },
      strict: { type: 'boolean', default: false },
      ...MODEL_LIMIT_OPTIONS,
    });
    const inputs = requireInputs(positionals, 'build');
    const match = matchPattern(values.match);
    checkContractsArgument(values.out, { label: '--out', writes: true });
    checkOutputFile(values.sarif, '--sarif');
    let facts: ModelFacts[];
    try {
      facts = await loadModelFacts(values.metadata ?? [], modelLimits(values));
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      err.write(`graph-contracts build: ${error.message}\n`);
      return 2;
    }
    const summary = buildContracts(inputs, match, facts);
    requireCreatePages(summary, inputs);
    writeContracts(summary, values.out);
    if (values.sarif) writeOutputFile(values.sarif, sarifJson(buildSarif(summary)));
    for (const outcome of summary.outcomes) {
      if (outcome.status === 'failed') {
        // One line per failure, each with its own place, so grep and CI annotations see them all.
        for (const problem of outcome.problems.filter((candidate) => candidate.fatal)) out.write(`FAILED ${formatProblem(problem)}\n`);
      } else if (values.verbose && outcome.status === 'skipped') {
        out.write(`skipped ${outcome.file}: ${outcome.reason}\n`);
      } else if (values.verbose && outcome.status === 'built') {
        for (const problem of outcome.problems) out.write(`defect ${formatProblem(problem)}\n`);
      }
    }
    out.write(`${buildSummaryLine(summary)}\n`);
    // Failed pages are named above either way; they fail the build only when nothing came of
    // it or --strict asks.
    return summary.failed > 0 && (summary.built === 0 || values.strict) ? 1 : 0;
  },
};

/** Contracts record the model by file name (not the machine's path) or URL, so builds stay byte-identical. */
async function loadModelFacts(texts: string[], limits: ModelSourceLimits): Promise<ModelFacts[]> {
  const models = await Promise.all(parseMetadataArguments(texts).map((argument) => loadModel(argument, limits)));
  return models.map(({ model, version }) => modelFacts({ ...model, source: isUrl(model.source) ? model.source : basename(model.source) }, version));
}
