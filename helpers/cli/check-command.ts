// `graph-contracts check`: rebuilds in memory and names every contract file that drifted, with
// what changed in it, classified as `graph-contracts diff` does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContractFile } from '../contract/contract-file-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { formatDiagnostic } from '../foundation/where.ts';
import { diffContract } from '../diff/diff-contracts.ts';
import { buildContracts } from './build-contracts.ts';
import type { CliCommand } from './cli-command.ts';
import { matchPattern, PAGE_OPTIONS, parseCommandArgs, requireInputs } from './page-arguments.ts';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'graph-contracts check <file|dir>... [--contracts contracts] [--match REGEX]',
  help: `Rebuilds every page in memory and names every contract that differs from the one on disk,
with each classified change beneath it (the rules of "graph-contracts diff").

  --contracts DIR  where the contracts are read (default: contracts)
  --match REGEX    only pages whose relative path matches

Exit codes: 0 no drift, 1 drift found, 2 usage error.`,
  async run(args, { out }) {
    const { values, positionals } = parseCommandArgs(args, { ...PAGE_OPTIONS, contracts: { type: 'string', default: 'contracts' } });
    const summary = buildContracts(requireInputs(positionals, 'check'), matchPattern(values.match));
    let drift = 0;
    let contracts = 0;
    for (const outcome of summary.outcomes) {
      if (outcome.status !== 'built') continue;
      for (const { name, contract, json } of outcome.contracts) {
        contracts++;
        const path = join(values.contracts, `${name}.json`);
        const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        if (onDisk === json) continue;
        drift++;
        out.write(`${onDisk === undefined ? 'MISSING' : 'DIFFERS'} ${path} (from ${outcome.file})\n`);
        if (onDisk !== undefined) out.write(describeDrift(name, onDisk, contract));
      }
    }
    out.write(drift === 0 ? `${contracts} contracts match their pages\n` : `${drift} of ${contracts} contracts drifted: run "graph-contracts build ... --out ${values.contracts}"\n`);
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
