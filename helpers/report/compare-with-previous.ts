// What changed since the last run (GRAPH_PREVIOUS_REPORT): paths whose class or code moved (or
// the properties of a per-property code such as READ_WRITE_ONLY),
// contracts that appeared or went away, and paths added to or dropped from a contract that
// both runs have. Pure; reading a report is read-report-rows.ts's job.
import type { OutcomeClass } from '../gate/outcome-rules.ts';

export interface ComparableRow {
  contract: string;
  pathTemplate: string;
  outcome: OutcomeClass;
  code?: string;
  /** The properties of a per-property code (READ_WRITE_ONLY): one more or fewer is a change. */
  fields?: string[];
}

/** A path's class, code and, for a per-property code, its properties. */
export interface PathState {
  outcome: OutcomeClass;
  code?: string;
  fields?: string[];
}

export interface PathChange {
  contract: string;
  pathTemplate: string;
  before: PathState;
  after: PathState;
}

export interface ReportChanges {
  /** When the previous report was generated, as it says. */
  previousGeneratedAt: string;
  changed: PathChange[];
  addedContracts: string[];
  removedContracts: string[];
  addedPaths: Array<{ contract: string; pathTemplate: string }>;
  removedPaths: Array<{ contract: string; pathTemplate: string }>;
}

export interface PreviousReport {
  generatedAt: string;
  rows: ComparableRow[];
}

export function compareWithPrevious(previous: PreviousReport, current: readonly ComparableRow[]): ReportChanges {
  const key = (r: { contract: string; pathTemplate: string }) => `${r.contract}\u0000${r.pathTemplate}`;
  const before = new Map(previous.rows.map((r) => [key(r), r]));
  const after = new Map(current.map((r) => [key(r), r]));
  const contractsBefore = new Set(previous.rows.map((r) => r.contract));
  const contractsAfter = new Set(current.map((r) => r.contract));
  const changes: ReportChanges = {
    previousGeneratedAt: previous.generatedAt,
    changed: [],
    addedContracts: [...contractsAfter].filter((c) => !contractsBefore.has(c)).sort(),
    removedContracts: [...contractsBefore].filter((c) => !contractsAfter.has(c)).sort(),
    addedPaths: [],
    removedPaths: [],
  };
  for (const row of current) {
    const old = before.get(key(row));
    if (!old) {
      if (contractsBefore.has(row.contract)) changes.addedPaths.push({ contract: row.contract, pathTemplate: row.pathTemplate });
      continue;
    }
    if (old.outcome !== row.outcome || (old.code ?? '') !== (row.code ?? '') || (old.fields ?? []).join('\u0000') !== (row.fields ?? []).join('\u0000')) {
      changes.changed.push({ contract: row.contract, pathTemplate: row.pathTemplate, before: pick(old), after: pick(row) });
    }
  }
  for (const row of previous.rows) {
    if (!after.has(key(row)) && contractsAfter.has(row.contract)) changes.removedPaths.push({ contract: row.contract, pathTemplate: row.pathTemplate });
  }
  const order = (a: { contract: string; pathTemplate: string }, b: { contract: string; pathTemplate: string }) => a.contract.localeCompare(b.contract) || a.pathTemplate.localeCompare(b.pathTemplate);
  changes.changed.sort(order);
  changes.addedPaths.sort(order);
  changes.removedPaths.sort(order);
  return changes;
}

export function hasChanges(changes: ReportChanges): boolean {
  return changes.changed.length + changes.addedContracts.length + changes.removedContracts.length + changes.addedPaths.length + changes.removedPaths.length > 0;
}

function pick(row: ComparableRow): PathState {
  return { outcome: row.outcome, ...(row.code === undefined ? {} : { code: row.code }), ...(row.fields?.length ? { fields: row.fields } : {}) };
}

