// `graph-contracts check`: rebuilds in memory and names every contract file that drifted, with
// what changed in it, classified as `graph-contracts diff` does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContractFile } from '../contract/contract-file-schema.ts';
import { contractFileName, contractJson } from '../contract/contract-json.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import { diffContract } from '../diff/diff-contracts.ts';
import { countOf } from '../foundation/count-noun.ts';
import { buildContracts, requireCreatePages } from './build-contracts.ts';
import type { CliCommand } from './cli-command.ts';
import { checkContractsArgument } from './contracts-argument.ts';
import { matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'graph-contracts check <file|dir>... [--contracts contracts] [--match REGEX]',
  help: `Rebuilds every page in memory and names every contract that differs from the one on disk,
with each classified change beneath it (the rules of "graph-contracts diff").

  --contracts DIR  where the contracts are read (default: contracts)
  --match REGEX    only pages whose relative path matches

Exit codes: 0 no drift, 1 drift found, 2 usage error: a missing input, no page, a --match that
selects none, no create page (PAGE_INPUT_NOT_FOUND), or --contracts missing, not a folder, or
without contracts (CONTRACTS_DIR_UNREADABLE); each one line naming it.`,
  async run(args, { out }) {
    const { values, positionals } = parseCommandArgs(args, { ...PAGE_OPTIONS, contracts: { type: 'string', default: 'contracts' } });
    const inputs = requireInputs(positionals, 'check');
    const match = matchPattern(values.match);
    checkContractsArgument(values.contracts, { label: '--contracts' });
    const summary = buildContracts(inputs, match);
    requireCreatePages(summary, inputs);
    let drift = 0;
    for (const outcome of summary.outcomes) {
      if (outcome.status !== 'built') continue;
      const path = join(values.contracts, contractFileName(outcome.file));
      const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (onDisk === contractJson(outcome.contract)) continue;
      drift++;
      out.write(`${onDisk === undefined ? 'MISSING' : 'DIFFERS'} ${path} (from ${outcome.file})\n`);
      if (onDisk !== undefined) out.write(describeDrift(contractFileName(outcome.file).replace(/\.json$/, ''), onDisk, outcome.contract));
    }
    out.write(drift === 0 ? `${countOf(summary.built, 'contract')} ${summary.built === 1 ? 'matches its page' : 'match their pages'}\n` : `${drift} of ${countOf(summary.built, 'contract')} drifted: run "graph-contracts build ... --out ${values.contracts}"\n`);
    return drift > 0 ? 1 : 0;
  },
};

/** The classified changes from the contract on disk to the rebuilt one, one indented line each. */
function describeDrift(name: string, onDisk: string, rebuilt: Contract): string {
  let before: Contract;
  try {
    const checked = validateContractFile(JSON.parse(onDisk));
    if (!checked.ok) return '  (the file on disk is not a readable contract: rebuild it)\n';
    before = checked.contract;
  } catch {
    return '  (the file on disk is not JSON: rebuild it)\n';
  }
  const changes = diffContract(name, before, rebuilt);
  if (changes.length === 0) return '  no contract change: only the page source, wording or example values differ\n';
  return changes.map((change) => `  ${change.severity} ${formatDiagnostic(change.where, change.message, change.rule)}\n`).join('');
}
