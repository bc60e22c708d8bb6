// Reads the contract folder once (the I/O edge of the gate), subfolders included (the
// builder mirrors the pages' folders). Names are relative paths without `.json`, with `/`,
// sorted, so every shard and every machine sees the same order. A file that is not a
// readable contract is named with its field and set aside; the others still run.
// `include` picks files by name before any is read: a shard reads only its share.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { validateContractFile } from '../contract/contract-file-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { isContractFile, isPageFile } from '../foundation/file-kinds.ts';
import { formatDiagnostic } from '../foundation/where.ts';

export interface NamedContract {
  name: string;
  contract: Contract;
}

export interface UnreadableContract {
  /** The file (or folder) as the user named it. */
  file: string;
  code: 'CONTRACTS_DIR_UNREADABLE' | 'CONTRACT_FILE_INVALID';
  /** JSON pointer of the offending field, when the problem is one field. */
  field?: string;
  message: string;
}

export interface LoadedContracts {
  contracts: NamedContract[];
  unreadable: UnreadableContract[];
  /** Contract files in the folder, read or not (`include`). */
  listed: number;
  /** Doc pages (.md, .txt) in the folder: a folder of pages given where contracts belong is named as such. */
  pages: number;
}

export interface FolderListing {
  /** Relative, `/`-separated, sorted. */
  contractFiles: string[];
  pages: number;
}

/** The contract files and the number of doc pages under `dir`, subfolders included; throws when it cannot be read. */
export function listContractFolder(dir: string): FolderListing {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
  return { contractFiles: names.filter(isContractFile).sort(), pages: names.filter(isPageFile).length };
}

export function loadContracts(dir: string, include: (name: string) => boolean = () => true): LoadedContracts {
  let listing: FolderListing;
  try {
    listing = listContractFolder(dir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file, not a folder' : error instanceof Error ? error.message : String(error);
    const message = `cannot read contracts from ${resolve(dir)}: ${reason}. Build them first (graph-contracts build <pages> --out <folder>; docs/contracts.md) or set CONTRACTS_DIR to a folder of contract JSON files.`;
    return { contracts: [], unreadable: [{ file: dir, code: 'CONTRACTS_DIR_UNREADABLE', message }], listed: 0, pages: 0 };
  }
  const files = listing.contractFiles.filter((f) => include(f.slice(0, -'.json'.length)));
  const loaded: LoadedContracts = { contracts: [], unreadable: [], listed: listing.contractFiles.length, pages: listing.pages };
  for (const file of files) {
    const path = join(dir, file);
    const invalid = (message: string, field?: string) =>
      loaded.unreadable.push({ file: path, code: 'CONTRACT_FILE_INVALID', ...(field ? { field } : {}), message: `${message}; rebuild it with "graph-contracts build" (contractFormat 1 is expected)` });
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      invalid(`not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      continue;
    }
    const checked = validateContractFile(data);
    if (!checked.ok) {
      for (const problem of checked.problems) invalid(`${problem.field} ${problem.message}`, problem.field);
      continue;
    }
    loaded.contracts.push({ name: file.slice(0, -'.json'.length), contract: checked.contract });
  }
  return loaded;
}

/** `file > field: message [CODE]`, one line, as every diagnostic. */
export function formatUnreadable(entry: UnreadableContract): string {
  return formatDiagnostic({ file: entry.file, ...(entry.field ? { field: entry.field } : {}) }, entry.message, entry.code);
}
