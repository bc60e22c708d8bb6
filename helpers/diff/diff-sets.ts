// Two sets of contracts -> every classified change, paired by name (the path relative to the
// contracts folder, without `.json`): a name on one side only is a contract added or removed.
import type { Contract } from '../foundation/contract-types.ts';
import { contractPresenceChange, diffContract, type ContractChange } from './diff-contracts.ts';
import { CHANGE_SEVERITIES, DIFF_RULES, type ChangeSeverity } from './diff-rules.ts';

export interface NamedContractVersion {
  name: string;
  contract: Contract;
}

export interface ContractDiff {
  changes: ContractChange[];
  counts: { bySeverity: Record<ChangeSeverity, number>; byRule: Record<string, number> };
  /** Contracts paired on both sides, and how many of them changed. */
  compared: number;
  changed: number;
  /** Contracts on each side. */
  before: number;
  after: number;
}

const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, warning: 1, info: 2 };

export function diffContractSets(before: readonly NamedContractVersion[], after: readonly NamedContractVersion[]): ContractDiff {
  const oldByName = new Map(before.map((entry) => [entry.name, entry.contract]));
  const newNames = new Set(after.map((entry) => entry.name));
  const changes: ContractChange[] = [];
  let compared = 0;
  let changed = 0;
  for (const { name, contract } of after) {
    const previous = oldByName.get(name);
    if (!previous) {
      changes.push(contractPresenceChange(name, contract, 'added'));
      continue;
    }
    compared++;
    const found = diffContract(name, previous, contract);
    if (found.length > 0) changed++;
    changes.push(...found);
  }
  for (const { name, contract } of before) {
    if (!newNames.has(name)) changes.push(contractPresenceChange(name, contract, 'removed'));
  }
  // By code unit, not locale: the same order on every machine, and no collator to build.
  changes.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.contract < b.contract ? -1 : a.contract > b.contract ? 1 : 0));
  return { changes, counts: countChanges(changes), compared, changed, before: before.length, after: after.length };
}

export function countChanges(changes: readonly ContractChange[]): ContractDiff['counts'] {
  const bySeverity = Object.fromEntries(CHANGE_SEVERITIES.map((severity) => [severity, 0])) as Record<ChangeSeverity, number>;
  const byRule: Record<string, number> = {};
  for (const rule of DIFF_RULES) byRule[rule.id] = 0;
  for (const change of changes) {
    bySeverity[change.severity]++;
    byRule[change.rule] = (byRule[change.rule] ?? 0) + 1;
  }
  return { bySeverity, byRule };
}
