// Many contracts against one or more labelled models. Each contract is linted by the models of
// its API version (a model without a version serves every contract); the same finding from
// several models is one finding naming them, and a finding only some models give says in which
// ones it holds: that is cloud availability. The matrix keeps, per contract and model, whether
// the entity type exists and how many POST paths resolve.
import type { ApiVersion, Contract } from '../foundation/contract-types.ts';
import { lintContract, type Availability, type ContractFinding } from './lint-contract.ts';
import type { LintFinding } from './lint-finding.ts';
import type { ServiceModel } from './model-types.ts';

export interface LabelledModel {
  label: string;
  /** The API version the model describes; undefined: used for every contract. */
  version?: ApiVersion;
  model: ServiceModel;
}

export interface MatrixRow {
  file: string;
  resource: string;
  apiVersion: ApiVersion;
  /** Model label -> availability, for the models of the contract's version. */
  models: Record<string, Availability>;
}

export interface LintResult {
  findings: LintFinding[];
  matrix: MatrixRow[];
  /** Contracts no model of their version was given for. */
  notLinted: { file: string; apiVersion: ApiVersion }[];
  contracts: number;
  models: { label: string; version?: ApiVersion; source: string }[];
}

export function lintContracts(contracts: Contract[], models: LabelledModel[]): LintResult {
  const findings: LintFinding[] = [];
  const matrix: MatrixRow[] = [];
  const notLinted: LintResult['notLinted'] = [];
  for (const contract of contracts) {
    const applicable = models.filter((entry) => entry.version === undefined || entry.version === contract.apiVersion);
    if (applicable.length === 0) {
      notLinted.push({ file: contract.source.file, apiVersion: contract.apiVersion });
      continue;
    }
    const row: MatrixRow = { file: contract.source.file, resource: contract.resource, apiVersion: contract.apiVersion, models: {} };
    const merged = new Map<string, { finding: ContractFinding; models: string[] }>();
    for (const { label, model } of applicable) {
      const lint = lintContract(contract, model);
      row.models[label] = lint.availability;
      for (const finding of lint.findings) {
        const key = `${finding.code}\u0000${finding.property ?? ''}\u0000${finding.message}`;
        const entry = merged.get(key) ?? { finding, models: [] };
        entry.models.push(label);
        merged.set(key, entry);
      }
    }
    const labels = applicable.map((entry) => entry.label);
    for (const { finding, models: holding } of merged.values()) {
      findings.push({ ...finding, message: finding.message + whereItHolds(holding, labels), models: holding });
    }
    matrix.push(row);
  }
  return { findings, matrix, notLinted, contracts: contracts.length, models: models.map(({ label, version, model }) => ({ label, ...(version ? { version } : {}), source: model.source })) };
}

function whereItHolds(holding: string[], all: string[]): string {
  if (holding.length === all.length) return '';
  return ` (in ${holding.join(', ')}; not in ${all.filter((label) => !holding.includes(label)).join(', ')})`;
}
