// Reads the rows of a contract-report.json written by an earlier run, for the previous-report
// comparison (GRAPH_PREVIOUS_REPORT) and for `graph-contracts expectations`. Only the fields
// they use are validated; a mistake names the file and the field.
import { isJsonObject } from '../foundation/json-object.ts';
import { readFileSync } from 'node:fs';
import type { ClassifiedOutcome } from '../gate/classify-outcome.ts';
import { OUTCOME_CLASSES, type OutcomeClass } from '../gate/outcome-rules.ts';

export interface ReportRowResult extends Pick<ClassifiedOutcome, 'outcome' | 'code' | 'field' | 'fields' | 'message' | 'runError'> {
  contract: string;
  pathTemplate: string;
}

/** A model check finding as a report records it (what a baseline needs of it). */
export interface ReportModelFinding {
  file: string;
  code: string;
  severity: string;
  message: string;
  property?: string;
}

export interface ReportRows {
  generatedAt: string;
  rows: ReportRowResult[];
  /** The model check's findings, when the run checked the model. */
  modelFindings: ReportModelFinding[];
}

export class ReportFileError extends Error {
  readonly code = 'REPORT_FILE_INVALID';
  constructor(readonly file: string, problem: string) {
    super(`${file}: not a usable contract report: ${problem}. Expected the contract-report.json a run wrote.`);
    this.name = 'ReportFileError';
  }
}

/** Validates the parts of a contract-report.json these readers use; names the field that is wrong. */
export function parseReportRows(text: string, file: string): ReportRows {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(file, `expected JSON (${(error as Error).message})`);
  }
  if (!isJsonObject(value) || !Array.isArray(value.rows)) throw new ReportFileError(file, 'rows: expected an array of report rows');
  const rows = value.rows.map((row: unknown, i): ReportRowResult => {
    const where = `rows[${i}]`;
    if (!isJsonObject(row)) throw new ReportFileError(file, `${where}: expected an object`);
    for (const field of ['contract', 'pathTemplate'] as const) {
      if (typeof row[field] !== 'string') throw new ReportFileError(file, `${where}.${field}: expected a string`);
    }
    if (!(OUTCOME_CLASSES as readonly unknown[]).includes(row.outcome)) {
      throw new ReportFileError(file, `${where}.outcome: expected one of ${OUTCOME_CLASSES.join(', ')} (a report written before outcome classes has none)`);
    }
    const read: ReportRowResult = { contract: row.contract as string, pathTemplate: row.pathTemplate as string, outcome: row.outcome as OutcomeClass };
    for (const field of ['code', 'field', 'message'] as const) if (typeof row[field] === 'string') read[field] = row[field];
    if (row.fields !== undefined) {
      if (!Array.isArray(row.fields) || !row.fields.every((f) => typeof f === 'string')) throw new ReportFileError(file, `${where}.fields: expected an array of property names`);
      read.fields = row.fields as string[];
    }
    if (row.runError === true) read.runError = true;
    return read;
  });
  const findings = isJsonObject(value.modelCheck) && Array.isArray(value.modelCheck.findings) ? value.modelCheck.findings : [];
  const modelFindings = findings.map((finding: unknown, i): ReportModelFinding => {
    const where = `modelCheck.findings[${i}]`;
    if (!isJsonObject(finding)) throw new ReportFileError(file, `${where}: expected an object`);
    for (const field of ['file', 'code', 'severity', 'message'] as const) {
      if (typeof finding[field] !== 'string') throw new ReportFileError(file, `${where}.${field}: expected a string`);
    }
    return { file: finding.file as string, code: finding.code as string, severity: finding.severity as string, message: finding.message as string, ...(typeof finding.property === 'string' ? { property: finding.property } : {}) };
  });
  return { generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : '(unknown)', rows, modelFindings };
}


export function readReportRows(path: string): ReportRows {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReportFileError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseReportRows(text, path);
}
