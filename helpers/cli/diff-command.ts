// `graph-contracts diff <old> <new>`: the classified changes between two sets of contracts.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { atLeast, CHANGE_SEVERITIES, type ChangeSeverity } from '../diff/diff-rules.ts';
import { diffContractSets, type NamedContractVersion } from '../diff/diff-sets.ts';
import { formatUnreadable, loadContracts, type UnreadableContract } from '../gate/load-contracts.ts';
import { CliUsageError, type CliCommand } from './cli-command.ts';
import { checkContractsArgument } from './contracts-argument.ts';
import { DIFF_FORMATS, renderDiff, summaryLine, type DiffFormat } from './diff-output.ts';
import { checkOutputFile, writeOutputFile } from './file-arguments.ts';
import { parseCommandArgs } from './page-arguments.ts';
import { readContractInputs } from './read-contract-inputs.ts';

const FAIL_ON = [...CHANGE_SEVERITIES, 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'graph-contracts diff <old contracts dir|file> <new contracts dir|file> [--format text|json|markdown|sarif] [--out FILE] [--fail-on breaking|warning|info|none] [--docs-base-url URL]',
  help: `Compares two sets of contracts and classifies every change by rule and severity
(breaking, warning, info), following Microsoft Graph's breaking-change policy. Contracts are
paired by their path relative to the folder (beta/intune-apps-win32lobapp-create); one on one
side only is a contract added or removed. Descriptions, example values and page wording are not
compared: only the facts a contract asserts. The rules: docs/diff.md.

  --format F        text (default), json ({changes, counts}), markdown (a changelog for a pull
                    request body, breaking first) or sarif (each change on its page line)
  --out FILE        write there instead of standard output
  --fail-on S       exit 1 on a change of severity S or worse: breaking (default), warning,
                    info, none
  --docs-base-url U where the pages are published: markdown links each change to <U><page>#L<line>

Exit codes: 0 no change at the --fail-on level, 1 some, 2 usage error or unreadable contracts:
a side missing or a doc page or a folder of them (CONTRACTS_DIR_UNREADABLE), a contract file
that cannot be read (CONTRACT_FILE_INVALID); each one line naming it. An empty folder is a
side with no contracts.`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      'fail-on': { type: 'string', default: 'breaking' },
      'docs-base-url': { type: 'string' },
    });
    if (positionals.length !== 2) throw new CliUsageError(`"diff" takes two contract sets, <old> and <new>; got ${positionals.length}`);
    const format = oneOf(values.format, DIFF_FORMATS, '--format');
    const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');
    const [oldInput = '', newInput = ''] = positionals;
    checkContractsArgument(oldInput, { label: '<old>', fileAllowed: true, emptyAllowed: true });
    checkContractsArgument(newInput, { label: '<new>', fileAllowed: true, emptyAllowed: true });
    checkOutputFile(values.out, '--out');
    const before = readSide(oldInput);
    const after = readSide(newInput);
    const unreadable = [...before.unreadable, ...after.unreadable];
    if (unreadable.length > 0) {
      for (const entry of unreadable) err.write(`graph-contracts diff: ${formatUnreadable(entry)}\n`);
      return 2;
    }
    const diff = diffContractSets(before.contracts, after.contracts);
    const docsBaseUrl = values['docs-base-url'] ? values['docs-base-url'].replace(/\/?$/, '/') : undefined;
    const text = renderDiff(diff, format, docsBaseUrl ? { docsBaseUrl } : {});
    if (values.out) {
      writeOutputFile(values.out, text);
      out.write(`${summaryLine(diff)}; written to ${values.out}\n`);
    } else out.write(text);
    return failOn !== 'none' && diff.changes.some((change) => atLeast(change.severity, failOn as ChangeSeverity)) ? 1 : 0;
  },
};

/** A folder (names relative to it) or one contract file (named by its file name). */
export function readSide(input: string): { contracts: NamedContractVersion[]; unreadable: UnreadableContract[] } {
  let directory: boolean;
  try {
    directory = statSync(input).isDirectory();
  } catch {
    return { contracts: [], unreadable: [{ file: input, code: 'CONTRACTS_DIR_UNREADABLE', message: `cannot read contracts from ${input}: no such file or directory` }] };
  }
  if (directory) return loadContracts(input);
  const read = readContractInputs([input]);
  return { contracts: read.contracts.map((contract) => ({ name: basename(input).replace(/\.json$/, ''), contract })), unreadable: read.unreadable };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(`${option} "${value}": expected one of ${allowed.join(', ')}`);
}
