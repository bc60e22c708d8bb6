// Reads the contract folder once (the I/O edge of the spec), subfolders included (the
// builder mirrors the pages' folders). Names are relative paths without `.json`, with `/`,
// sorted, so every shard and every machine sees the same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Contract } from '../foundation/contract-types.ts';

export interface NamedContract {
  name: string;
  contract: Contract;
}

export class ContractsDirError extends Error {
  readonly code = 'CONTRACTS_DIR_UNREADABLE';
  constructor(dir: string, reason: string) {
    super(`Cannot read contracts from ${resolve(dir)}: ${reason}. Build them first (see README) or set CONTRACTS_DIR to a folder of contract JSON files.`);
    this.name = 'ContractsDirError';
  }
}

export class ContractFileError extends Error {
  readonly code = 'CONTRACT_FILE_INVALID';
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}. Rebuild the contract; contractFormat 1 is expected.`);
    this.name = 'ContractFileError';
  }
}

export function loadContracts(dir: string): NamedContract[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new ContractsDirError(dir, error instanceof Error ? error.message : String(error));
  }
  return files.map((file) => {
    const path = join(dir, file);
    let contract: Contract;
    try {
      contract = JSON.parse(readFileSync(path, 'utf8')) as Contract;
    } catch (error) {
      throw new ContractFileError(path, error instanceof Error ? error.message : String(error));
    }
    if (contract.contractFormat !== 1 || !Array.isArray(contract.operation?.paths)) throw new ContractFileError(path, 'not a contract');
    return { name: file.slice(0, -'.json'.length), contract };
  });
}
