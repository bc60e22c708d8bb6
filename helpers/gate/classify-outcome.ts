// One class per contract path, from what the path produced: the status, Graph's error
// `code`, the decoded message (Intune's JSON inside `error.message`, not the escaped text)
// and the checks. Pure: the rules are OUTCOME_RULES; this only evaluates them.
import type { CheckResult } from '../checks/check-types.ts';
import { decodeGraphError, type DecodedGraphError } from '../targets/tenant/graph-error.ts';
import { OUTCOME_RULES, REFUSED_FIELD_PATTERNS, type OutcomeClass, type OutcomeRule } from './outcome-rules.ts';

export type OutcomeEvidence =
  | { kind: 'skipped' }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'ran'; status: number; text: string; checks: readonly CheckResult[] };

export interface ClassifiedOutcome {
  outcome: OutcomeClass;
  /** The OUTCOME_RULES id that decided. */
  rule: string;
  /**
   * Why, as a code: Graph's error code for an error answer, the first failing check's code
   * for a broken contract, the target's error code when there was no answer.
   */
  code?: string;
  /** The refused field, where the service's message names one. */
  field?: string;
  /** The decoded error message (Intune's inner Message), cut to MESSAGE_LIMIT characters. */
  message?: string;
  /** The run itself failed: never an expected result. */
  runError?: true;
}

const MESSAGE_LIMIT = 300;

export function classifyOutcome(evidence: OutcomeEvidence): ClassifiedOutcome {
  const graph = evidence.kind === 'ran' && !isSuccess(evidence.status) ? decodeGraphError(evidence.text) : undefined;
  const errorText = graph ? graphErrorText(graph) : '';
  const rule = OUTCOME_RULES.find((candidate) => matches(candidate, evidence, errorText));
  // The last rule matches anything, so this only guards an edit of the table.
  if (!rule) throw new Error(`No outcome rule matched ${JSON.stringify(evidence).slice(0, 200)}`);
  const classified: ClassifiedOutcome = { outcome: rule.outcome, rule: rule.id };
  if (rule.runError) classified.runError = true;
  if (evidence.kind === 'error') {
    classified.code = evidence.code;
    classified.message = cut(evidence.message);
  } else if (evidence.kind === 'ran') {
    const failed = evidence.checks.flatMap((check) => check.failures)[0];
    if (graph?.code) classified.code = graph.code;
    else if (rule.outcome === 'contract-broken' && failed) classified.code = failed.code;
    if (graph?.message) classified.message = cut(graph.message);
    const field = rule.outcome === 'example-refused' && graph?.message ? refusedField(graph.message) : undefined;
    if (field) classified.field = field;
  }
  return classified;
}

/**
 * An error answer as a person reads it, the same everywhere (console, reports, the echo and id
 * checks): Graph's code, the refused field the message names, and the message decoded (Intune's
 * JSON inside `error.message` unwrapped): `BadRequest: refused field userName: Invalid value...`.
 * Undefined when the body is not a Graph error.
 */
export function describeGraphError(text: string): string | undefined {
  const graph = decodeGraphError(text);
  if (!graph || (graph.code === undefined && graph.message === undefined)) return undefined;
  const field = graph.message ? refusedField(graph.message) : undefined;
  return [graph.code, field ? `refused field ${field}` : undefined, graph.message ? cut(graph.message) : undefined].filter(Boolean).join(': ');
}

function graphErrorText(graph: DecodedGraphError): string {
  return `${graph.code ?? ''}: ${graph.message ?? ''}`;
}

/** The field a refusal message names, or undefined when it names none. */
export function refusedField(message: string): string | undefined {
  for (const { pattern, field } of REFUSED_FIELD_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return field ?? match[1];
  }
  return undefined;
}

function matches(rule: OutcomeRule, evidence: OutcomeEvidence, errorText: string): boolean {
  const { when } = rule;
  if (when.kind !== undefined && when.kind !== evidence.kind) return false;
  if (when.targetError && !(evidence.kind === 'error' && when.targetError.test(evidence.code))) return false;
  if (when.status || when.checksPassed !== undefined || when.error) {
    if (evidence.kind !== 'ran') return false;
    if (when.status && !when.status.some(([low, high]) => evidence.status >= low && evidence.status <= high)) return false;
    if (when.checksPassed !== undefined && when.checksPassed !== evidence.checks.every((check) => check.ok)) return false;
    if (when.error && !when.error.test(errorText)) return false;
  }
  return true;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function cut(text: string): string {
  return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT - 1)}…`;
}
