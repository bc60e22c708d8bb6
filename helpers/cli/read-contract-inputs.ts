// Contracts from files and folders (folders recursively), as the lint takes them. A file that is
// not a readable contract is named with its field and set aside, as the gate does; the others
// are still linted.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContractFile } from '../contract/contract-file-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { loadContracts, type UnreadableContract } from '../gate/load-contracts.ts';

export interface ContractInputs {
  contracts: Contract[];
  unreadable: UnreadableContract[];
}

export function readContractInputs(inputs: string[]): ContractInputs {
  const read: ContractInputs = { contracts: [], unreadable: [] };
  for (const input of inputs) {
    let directory: boolean;
    try {
      directory = statSync(input).isDirectory();
    } catch {
      read.unreadable.push({ file: input, code: 'CONTRACTS_DIR_UNREADABLE', message: `cannot read contracts from ${resolve(input)}: no such file or directory` });
      continue;
    }
    if (directory) {
      const loaded = loadContracts(input);
      read.contracts.push(...loaded.contracts.map((named) => named.contract));
      read.unreadable.push(...loaded.unreadable);
    } else {
      readContractFile(input, read);
    }
  }
  return read;
}

function readContractFile(path: string, read: ContractInputs): void {
  const invalid = (message: string, field?: string) => read.unreadable.push({ file: path, code: 'CONTRACT_FILE_INVALID', ...(field ? { field } : {}), message: `${message}; rebuild it with "graph-contracts build"` });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    invalid(`not a readable JSON file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return;
  }
  const checked = validateContractFile(data);
  if (checked.ok) read.contracts.push(checked.contract);
  else for (const problem of checked.problems) invalid(problem.message, problem.field);
}
