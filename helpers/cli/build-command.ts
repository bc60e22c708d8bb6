// `graph-contracts build`: doc pages -> contract files, one line per failed page.
import { formatProblem } from '../foundation/diagnostics.ts';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { modelFacts } from '../model/model-facts.ts';
import { ModelError } from '../model/model-errors.ts';
import { sarifJson } from '../report/sarif-log.ts';
import { buildContracts, writeContracts, type BuildSummary } from './build-contracts.ts';
import { buildSarif } from './build-sarif.ts';
import { loadModel, MODEL_LIMIT_HELP, MODEL_LIMIT_OPTIONS, modelLimits } from './load-model.ts';
import type { ModelSourceLimits } from '../targets/bounded-model-source.ts';
import { isUrl, parseMetadataArguments } from './metadata-argument.ts';
import type { CliCommand } from './cli-command.ts';
import { matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';

export const buildCommand: CliCommand = {
  name: 'build',
  usage: 'graph-contracts build <file|dir>... [--out contracts] [--match REGEX] [--metadata [label=]<file|url>]... [--sarif FILE] [--verbose] [--model-timeout S] [--model-max-mb MB]',
  help: `Every .md and .txt page (folders recursively) becomes <out>/<relative path>.json.
Prints one line per failure of a page (FAILED file:line > field: reason [CODE]) and
"built N of M pages". A page with several create examples gets one contract per example
(<page>.<example name>.json); one whose examples only answer without a new entity (200, 204) is
an action, skipped and counted apart, as are pages that are not create pages. A request body
that links a resource page for its properties is read with it (relative to the page).

  --out DIR        where contracts are written (default: contracts)
  --match REGEX    only pages whose relative path matches, e.g. 'intune-.*-create'
  --metadata M     a service model (CSDL file or URL; repeat per version): properties typed by an
                   IsFlags enum accept comma-separated members, recorded in the contract's fromModel
  --sarif FILE     also write every problem (fatal and not) as SARIF 2.1.0
  --verbose        also print skipped pages and non-fatal doc defects
${MODEL_LIMIT_HELP}

Exit codes: 0 every page built, 1 a page (or an example of one) failed, 2 usage error or a model that cannot be had
(one line naming it: MODEL_UNREADABLE, MODEL_UNPARSABLE, MODEL_TIMEOUT, MODEL_TOO_LARGE).`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, {
      ...PAGE_OPTIONS,
      out: { type: 'string', default: 'contracts' },
      metadata: { type: 'string', multiple: true },
      sarif: { type: 'string' },
      ...MODEL_LIMIT_OPTIONS,
    });
    const inputs = requireInputs(positionals, 'build');
    const match = matchPattern(values.match);
    let facts: ModelFacts[];
    try {
      facts = await loadModelFacts(values.metadata ?? [], modelLimits(values));
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      err.write(`graph-contracts build: ${error.message}\n`);
      return 2;
    }
    const summary = buildContracts(inputs, match, facts);
    writeContracts(summary, values.out);
    if (values.sarif) writeFileSync(values.sarif, sarifJson(buildSarif(summary)));
    let failedExamples = 0;
    for (const outcome of summary.outcomes) {
      if (outcome.status === 'skipped') {
        if (values.verbose) out.write(`skipped ${outcome.file}: ${outcome.reason}\n`);
        continue;
      }
      // One line per failure, each with its own place, so grep and CI annotations see them all:
      // a failed page's, and those of an example that failed beside others that built.
      const fatal = outcome.problems.filter((candidate) => candidate.fatal);
      for (const problem of fatal) out.write(`FAILED ${formatProblem(problem)}\n`);
      if (outcome.status === 'built') {
        if (fatal.length > 0) failedExamples++;
        if (values.verbose) for (const problem of outcome.problems.filter((candidate) => !candidate.fatal)) out.write(`defect ${formatProblem(problem)}\n`);
      }
    }
    const total = summary.built + summary.failed;
    const partly = failedExamples > 0 ? `, ${failedExamples} of them with an example that failed` : '';
    out.write(`built ${summary.built} of ${total} pages${partly}${skippedNote(summary)}\n`);
    return summary.failed > 0 || failedExamples > 0 ? 1 : 0;
  },
};

/** `(3 files skipped: not a create page)`, and the actions apart: they are pages, just not creates. */
function skippedNote(summary: BuildSummary): string {
  if (summary.skipped === 0) return '';
  const actions = summary.outcomes.filter((outcome) => outcome.status === 'skipped' && outcome.kind === 'action').length;
  const notCreate = summary.skipped - actions;
  const parts = [...(notCreate > 0 ? [`${notCreate} files skipped: not a create page`] : []), ...(actions > 0 ? [`${actions} actions skipped: no example creates an entity`] : [])];
  return ` (${parts.join('; ')})`;
}

/** Contracts record the model by file name (not the machine's path) or URL, so builds stay byte-identical. */
async function loadModelFacts(texts: string[], limits: ModelSourceLimits): Promise<ModelFacts[]> {
  const models = await Promise.all(parseMetadataArguments(texts).map((argument) => loadModel(argument, limits)));
  return models.map(({ model, version }) => modelFacts({ ...model, source: isUrl(model.source) ? model.source : basename(model.source) }, version));
}
