// Why a run has no contract to run, in terms of the setting to change: CONTRACTS_DIR missing,
// a folder of doc pages, an empty folder, every file unreadable, or a CONTRACT filter that
// matches none. Before, each of these read `No contract ... matches CONTRACT=""`.
import { countOf } from '../foundation/count-noun.ts';
import type { LoadedContracts } from './load-contracts.ts';

export function noContractsReason(dir: string, loaded: LoadedContracts, filter: string): string {
  const folder = loaded.unreadable.find((entry) => entry.code === 'CONTRACTS_DIR_UNREADABLE');
  if (folder) return `CONTRACTS_DIR=${dir}: ${folder.message}`;
  if (loaded.listed === 0 && loaded.pages > 0) {
    return `CONTRACTS_DIR=${dir} holds ${countOf(loaded.pages, 'doc page')} (.md, .txt) and no contract (.json): build contracts from them first (npx graph-contracts build ${dir} --out <folder>) and set CONTRACTS_DIR to that folder.`;
  }
  if (loaded.listed === 0) {
    return `CONTRACTS_DIR=${dir} holds no contract (.json): build some first (npx graph-contracts build <pages> --out ${dir}), or set CONTRACTS_DIR to a folder of contracts.`;
  }
  if (filter.trim() !== '') {
    return `No contract in ${dir} matches CONTRACT="${filter}": it is matched against the names and resources of the ${countOf(loaded.listed, 'contract file')} there, case-insensitive; empty runs all.`;
  }
  return `None of the ${countOf(loaded.listed, 'contract file')} in ${dir} could be read: each is named in a failed test "contract file ... is readable".`;
}
