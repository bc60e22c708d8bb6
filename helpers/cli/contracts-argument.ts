// A contracts argument (check's and sync's --contracts, diff's sides, lint's inputs, build's
// --out) checked before anything is read or written: missing, a file where a folder belongs,
// a doc page, a folder of doc pages, or an empty folder where contracts are needed is one line
// naming it and what to give instead, exit 2. Before, `check --contracts /no/such/folder`
// printed a MISSING line per page and a folder of pages was diffed as "every contract removed".
import { statSync } from 'node:fs';
import { countOf } from '../foundation/count-noun.ts';
import { isPageFile } from '../foundation/file-kinds.ts';
import { listContractFolder } from '../gate/load-contracts.ts';
import { CliInputError } from './cli-command.ts';

export class ContractsInputError extends CliInputError {
  readonly code = 'CONTRACTS_DIR_UNREADABLE';
}

export interface ContractsArgument {
  /** How the message names the argument: `--contracts`, `<old>`; none for a plain input. */
  label?: string;
  /** A single contract file is accepted too (diff, lint). */
  fileAllowed?: boolean;
  /** A folder without contracts is accepted (diff's and sync's first run, build's --out). */
  emptyAllowed?: boolean;
  /** A folder that does not exist is accepted (sync's --contracts creates it). */
  missingAllowed?: boolean;
  /** Contracts are written there (build's --out): missing or empty is fine, a file or a folder of pages is not. */
  writes?: boolean;
}

export function checkContractsArgument(path: string, expect: ContractsArgument = {}): void {
  const name = expect.label ? `${expect.label} ${path}` : path;
  const build = `graph-contracts build <pages> --out ${path}`;
  let directory: boolean;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    if (expect.missingAllowed || expect.writes) return;
    throw new ContractsInputError(`${name}: no such ${expect.fileAllowed ? 'file or folder' : 'folder'}; build the contracts first (${build}) or give the folder that holds them`);
  }
  if (!directory) {
    if (isPageFile(path)) throw new ContractsInputError(`${name} is a doc page, not a contract: build it first (graph-contracts build ${path} --out <folder>) and give that folder`);
    if (!expect.fileAllowed) throw new ContractsInputError(`${name} is a file: expected a folder of contracts (.json)${expect.writes ? ', created when missing' : ''}`);
    return;
  }
  const listing = listContractFolder(path);
  if (listing.contractFiles.length > 0) return;
  if (listing.pages > 0) {
    if (expect.writes) throw new ContractsInputError(`${name} holds ${countOf(listing.pages, 'doc page')} (.md, .txt): write the contracts to a folder of their own`);
    throw new ContractsInputError(`${name} holds ${countOf(listing.pages, 'doc page')} (.md, .txt) and no contract (.json): build them first (graph-contracts build ${path} --out <folder>) and give that folder`);
  }
  if (!expect.emptyAllowed && !expect.writes) throw new ContractsInputError(`${name} holds no contract (.json): build them first (${build})`);
}
