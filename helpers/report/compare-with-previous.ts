// What changed since the last run (GRAPH_PREVIOUS_REPORT): paths whose class or code moved,
// contracts that appeared or went away, and paths added to or dropped from a contract that
// both runs have. Pure; reading the previous report is parsePreviousReport's job.
import type { OutcomeClass } from '../gate/outcome-rules.ts';
import { OUTCOME_CLASSES } from '../gate/outcome-rules.ts';

export interface ComparableRow {
  contract: string;
  pathTemplate: string;
  outcome: OutcomeClass;
  code?: string;
}

export interface PathChange {
  contract: string;
  pathTemplate: string;
  before: { outcome: OutcomeClass; code?: string };
  after: { outcome: OutcomeClass; code?: string };
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
    if (old.outcome !== row.outcome || (old.code ?? '') !== (row.code ?? '')) {
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

export class PreviousReportError extends Error {
  readonly code = 'PREVIOUS_REPORT_INVALID';
  constructor(readonly file: string, problem: string) {
    super(`${file}: not a usable previous contract report: ${problem}. GRAPH_PREVIOUS_REPORT must name the contract-report.json of an earlier run.`);
    this.name = 'PreviousReportError';
  }
}

/** Validates the parts of a contract-report.json the comparison reads; names the field that is wrong. */
export function parsePreviousReport(text: string, file: string): PreviousReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PreviousReportError(file, `expected JSON (${(error as Error).message})`);
  }
  if (!isObject(value) || !Array.isArray(value.rows)) throw new PreviousReportError(file, 'rows: expected an array of report rows');
  const rows = value.rows.map((row: unknown, i): ComparableRow => {
    const where = `rows[${i}]`;
    if (!isObject(row)) throw new PreviousReportError(file, `${where}: expected an object`);
    for (const field of ['contract', 'pathTemplate'] as const) {
      if (typeof row[field] !== 'string') throw new PreviousReportError(file, `${where}.${field}: expected a string`);
    }
    if (!(OUTCOME_CLASSES as readonly unknown[]).includes(row.outcome)) {
      throw new PreviousReportError(file, `${where}.outcome: expected one of ${OUTCOME_CLASSES.join(', ')} (a report written before outcome classes has none)`);
    }
    const comparable: ComparableRow = { contract: row.contract as string, pathTemplate: row.pathTemplate as string, outcome: row.outcome as OutcomeClass };
    if (typeof row.code === 'string') comparable.code = row.code;
    return comparable;
  });
  return { generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : '(unknown)', rows };
}

function pick(row: ComparableRow): { outcome: OutcomeClass; code?: string } {
  return row.code === undefined ? { outcome: row.outcome } : { outcome: row.outcome, code: row.code };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
