// The one typed object a run's report is made of: one row per contract path, one cell per
// check, each row in one outcome class and judged against the expectations baseline. Built
// from task.meta only, so it is the same for a run and for merged shards.
import { CHECK_NAMES, type CheckFailure, type CheckName } from '../checks/check-types.ts';
import type { UnreadableContract } from '../gate/load-contracts.ts';
import type { ClassifiedOutcome } from '../gate/classify-outcome.ts';
import type { OutcomeClass } from '../gate/outcome-rules.ts';
import type { ContractCheckMeta, ContractRunMeta, PathIdentity, ReadEvidence } from '../gate/path-outcome.ts';
import type { BodyRewrite, ModelCheckResult, RetryRecord } from '../targets/target-types.ts';
import type { ExpectationsFile } from '../gate/expectations-file.ts';
import { judgeModelFindings, type FindingKey, type JudgedModelFindings } from '../gate/model-expectations.ts';
import { compareWithPrevious, type PreviousReport, type ReportChanges } from './compare-with-previous.ts';
import { summariseReads, type ReadSummary } from './read-delays.ts';
import { codeTotals, outcomeTotals, rowOutcome, summariseExpectations, type ExpectationsSummary, type OutcomeInputs, type RowOutcome } from './row-outcomes.ts';
import { summariseReplay, type ReplayReport } from './replay-summary.ts';
import type { RecordingSummary } from './write-run-recordings.ts';

export type CellOutcome = ContractCheckMeta['outcome'];

export interface ReportCell {
  outcome: CellOutcome;
  failures: CheckFailure[];
}

export interface ReportRow extends PathIdentity, RowOutcome {
  verdict: CellOutcome;
  status?: number;
  skipReason?: string;
  retries: RetryRecord[];
  /** How the sent body differed from the documented example (a tenant's rewrites). */
  rewrites?: BodyRewrite[];
  /** The id the target answered with (from the `id` check). */
  createdId?: string;
  /** What reading the created entity back answered, and after how long it appeared (the `read` check). */
  read?: ReadEvidence;
  checks: Partial<Record<CheckName, ReportCell>>;
}

export interface ContractReport {
  /** The run this report belongs to: the same id in every file the run wrote. */
  runId: string;
  generatedAt: string;
  targets: string[];
  shards: string[];
  totals: { paths: number } & Record<CellOutcome, number>;
  checkTotals: Record<CheckName, Record<CellOutcome, number>>;
  rows: ReportRow[];
  /** Ids two shards both answered, which only the merged report can see. */
  crossShardDuplicateIds: string[];
  /** `alreadyGone`: DELETEs answered 404 (not counted as deleted); absent when none. */
  cleanup: { deleted: number; alreadyGone?: number; leftovers: ContractRunMeta['cleanup']['leftovers']; errors: string[]; retries: RetryRecord[] };
  unhandledErrors: string[];
  /**
   * Why the contract spec stopped before any path ran (an expectations file it could not read,
   * a refused write, a token that could not be had): the run failed at start. Absent otherwise.
   */
  startErrors?: string[];
  /** Contract files the run could not read (each named with its field); they did not run. */
  unreadableContracts: UnreadableContract[];
  /** The tenant run's model check (GRAPH_METADATA), merged over the shards; absent when it did not run. */
  modelCheck?: ReportModelCheck;
  /** How long the created entities took to appear when read back (median, worst); absent when none was read. */
  reads?: ReadSummary;
  /** Paths per outcome class. */
  outcomeTotals: Record<OutcomeClass, number>;
  /** Paths per code (Graph's error code, or the check's for a broken contract), most first. */
  codeTotals: Record<string, number>;
  /** The rows against the baseline: "N unexpected, M fixed, K expected failures" and the exit code they imply. */
  expectations: ExpectationsSummary;
  /** What changed since the previous run's report (GRAPH_PREVIOUS_REPORT), when there was one. */
  changes?: ReportChanges;
  /** Why there is no comparison although one was asked for (no such file, not a report). */
  changesNote?: string;
  /** Where the doc pages are published (GRAPH_DOCS_BASE_URL), ending in `/`: each failure's page line is linked. */
  docsBaseUrl?: string;
  /** A replay (GRAPH_TARGET=replay): what judged the paths, recorded answers or generated ones; each row says which. */
  replay?: ReplayReport;
  /** A recording tenant run (GRAPH_RECORD): what was written to the recordings folder. */
  recorded?: RecordingSummary;
}

export interface ReportModelCheck extends Omit<ModelCheckResult, 'source'> {
  sources: string[];
  /** Findings per severity. */
  severities: Record<string, number>;
  /** Error findings against the baseline (GRAPH_EXPECTATIONS): only unexpected ones fail the run. */
  judged: { met: number; unexpected: number; fixed: FindingKey[] };
}

function mergeModelChecks(runs: readonly ContractRunMeta[], expectations: ExpectationsFile | undefined): ReportModelCheck | undefined {
  const checks = runs.flatMap((r) => (r.modelCheck ? [r.modelCheck] : []));
  if (checks.length === 0) return undefined;
  const findings = checks.flatMap((c) => c.findings);
  const severities: Record<string, number> = {};
  for (const finding of findings) severities[finding.severity] = (severities[finding.severity] ?? 0) + 1;
  const models = new Map(checks.flatMap((c) => c.models).map((m) => [m.label, m]));
  return {
    sources: [...new Set(checks.map((c) => c.source))],
    models: [...models.values()],
    findings,
    severities,
    notLinted: checks.flatMap((c) => c.notLinted),
    requests: checks.reduce((n, c) => n + c.requests, 0),
    retries: checks.flatMap((c) => c.retries),
    errors: [...new Set(checks.flatMap((c) => c.errors))],
    required: checks.some((c) => c.required),
    checkedFiles: [...new Set(checks.flatMap((c) => c.checkedFiles ?? []))],
    judged: judgedCounts(judgeModelFindings(findings, expectations, new Set(checks.flatMap((c) => c.checkedFiles ?? [])))),
  };
}

function judgedCounts(judged: JudgedModelFindings): ReportModelCheck['judged'] {
  return { met: judged.met.length, unexpected: judged.unexpected.length, fixed: judged.fixed };
}

/** What the report is judged against besides the metas. */
export interface ReportInputs extends OutcomeInputs {
  previous?: PreviousReport;
  previousNote?: string;
  /** GRAPH_DOCS_BASE_URL: failures link to `<base><page file>#L<line>`. */
  docsBaseUrl?: string;
}

const emptyCounts = (): Record<CellOutcome, number> => ({ passed: 0, failed: 0, skipped: 0, error: 0 });

export function buildContractReport(checks: readonly ContractCheckMeta[], runs: readonly ContractRunMeta[], unhandledErrors: string[], generatedAt: Date, runId = generatedAt.toISOString(), inputs: ReportInputs = {}): ContractReport {
  const rows = new Map<string, ReportRow>();
  const classified = new Map<string, ClassifiedOutcome>();
  for (const meta of checks) {
    const key = `${meta.identity.contract}\u0000${meta.identity.pathTemplate}`;
    const row = rows.get(key) ?? { ...meta.identity, verdict: 'passed', outcome: 'passed', rule: '', expectation: 'met', retries: meta.retries ?? [], checks: {} };
    if (meta.classified) classified.set(key, meta.classified);
    row.checks[meta.check] = { outcome: meta.outcome, failures: meta.result?.failures ?? [] };
    if (meta.status !== undefined) row.status = meta.status;
    if (meta.retries?.length) row.retries = meta.retries; // every check of a path carries the same retries
    if (meta.rewrites?.length) row.rewrites = meta.rewrites;
    if (meta.skipReason !== undefined) row.skipReason = meta.skipReason;
    if (meta.createdId !== undefined) row.createdId = meta.createdId;
    if (meta.read !== undefined) row.read = meta.read;
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => a.contract.localeCompare(b.contract) || a.pathTemplate.localeCompare(b.pathTemplate));
  const duplicates = failDuplicateIds(sorted);
  const crossShardDuplicateIds = [...new Set(duplicates.map((row) => row.createdId!))];
  const totals = { paths: sorted.length, ...emptyCounts() };
  const checkTotals = Object.fromEntries(CHECK_NAMES.map((c) => [c, emptyCounts()])) as ContractReport['checkTotals'];
  for (const row of sorted) {
    row.verdict = verdictOf(Object.values(row.checks).map((cell) => cell.outcome));
    totals[row.verdict]++;
    for (const [check, cell] of Object.entries(row.checks) as Array<[CheckName, ReportCell]>) checkTotals[check][cell.outcome]++;
    Object.assign(row, rowOutcome({ ...row, crossShardDuplicate: duplicates.includes(row) }, classified.get(`${row.contract}\u0000${row.pathTemplate}`), inputs));
  }
  const modelCheck = mergeModelChecks(runs, inputs.expectations);
  const replay = summariseReplay(sorted, runs);
  const changes = inputs.previous ? compareWithPrevious(inputs.previous, sorted) : undefined;
  const reads = summariseReads(sorted);
  return {
    runId,
    generatedAt: generatedAt.toISOString(),
    targets: [...new Set(runs.map((r) => r.target))],
    shards: runs.flatMap((r) => (r.shard ? [r.shard] : [])).sort(),
    totals,
    checkTotals,
    rows: sorted,
    crossShardDuplicateIds,
    cleanup: {
      deleted: runs.reduce((n, r) => n + r.cleanup.deleted, 0),
      ...(runs.some((r) => r.cleanup.alreadyGone) ? { alreadyGone: runs.reduce((n, r) => n + (r.cleanup.alreadyGone ?? 0), 0) } : {}),
      leftovers: runs.flatMap((r) => r.cleanup.leftovers),
      errors: runs.flatMap((r) => (r.cleanupError ? [r.cleanupError] : [])),
      retries: runs.flatMap((r) => r.cleanup.retries ?? []),
    },
    unhandledErrors,
    unreadableContracts: runs.flatMap((r) => r.unreadableContracts ?? []),
    ...(modelCheck ? { modelCheck } : {}),
    ...(reads ? { reads } : {}),
    outcomeTotals: outcomeTotals(sorted),
    codeTotals: codeTotals(sorted),
    expectations: summariseExpectations(sorted, inputs),
    ...(changes ? { changes } : {}),
    ...(inputs.previousNote ? { changesNote: inputs.previousNote } : {}),
    ...(inputs.docsBaseUrl ? { docsBaseUrl: inputs.docsBaseUrl } : {}),
    ...(replay ? { replay } : {}),
  };
}

/**
 * "Unique across the run": each process fails an id it has already seen (the first path to get
 * it passes), but shards run in different processes, or machines, and meet only here. So two
 * paths that both PASSED with one id were checked by different processes: as a process would,
 * the first (in report order) keeps it and each other one fails, naming the first.
 */
function failDuplicateIds(rows: ReportRow[]): ReportRow[] {
  const firstHolder = new Map<string, ReportRow>();
  const duplicated: ReportRow[] = [];
  for (const row of rows) {
    const cell = row.checks.id;
    if (row.createdId === undefined || cell?.outcome !== 'passed') continue;
    const first = firstHolder.get(row.createdId);
    if (!first) {
      firstHolder.set(row.createdId, row);
      continue;
    }
    cell.outcome = 'failed';
    cell.failures = [{ code: 'ID_DUPLICATE', field: 'id', message: `id ${row.createdId} was already returned for ${first.contract} ${first.pathTemplate} (in another shard).`, received: row.createdId }];
    duplicated.push(row);
  }
  return duplicated;
}

/** The worst cell; a path whose other checks passed is passed even when one had nothing to run on (`read` off). */
function verdictOf(outcomes: CellOutcome[]): CellOutcome {
  for (const worst of ['error', 'failed'] as const) if (outcomes.includes(worst)) return worst;
  return outcomes.includes('passed') ? 'passed' : 'skipped';
}
