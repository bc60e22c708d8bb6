// The "Model check" section of the markdown and HTML reports, from one list of lines: a
// headline (models, requests, findings per severity), why a model could not be had, and one
// line per finding with page:line, code, severity and message (errors first, then by page).
import { countOf } from '../foundation/count-noun.ts';
import type { ContractReport } from './contract-report.ts';

export interface ModelCheckLines {
  headline: string;
  errors: string[];
  findings: Array<{ location: string; code: string; severity: string; message: string }>;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, note: 2 };

export function modelCheckLines(report: ContractReport): ModelCheckLines | undefined {
  const check = report.modelCheck;
  if (!check) return undefined;
  const counts = Object.entries(check.severities).sort(([a], [b]) => (SEVERITY_ORDER[a] ?? 9) - (SEVERITY_ORDER[b] ?? 9)).map(([severity, n]) => `${n} ${severity}${n === 1 ? '' : 's'}`);
  const models = check.models.map((m) => m.label).join(', ') || 'none';
  const headline =
    `${countOf(check.findings.length, 'finding')}${counts.length ? ` (${counts.join(', ')})` : ''} against ${models}` +
    ` (GRAPH_METADATA=${check.sources.join(', ')}; ${countOf(check.requests, '$metadata request')}${check.retries.length ? `, ${check.retries.length} retried` : ''})` +
    (check.notLinted.length ? `; ${countOf(check.notLinted.length, 'contract')} not checked: no model for their version` : '') + '.';
  const unavailable = check.errors.length > 0
    ? `${check.models.length === 0 ? 'Model unavailable' : 'Some models unavailable'}: ${check.errors.length} could not be had; ${check.required ? 'this fails the run (GRAPH_METADATA_REQUIRED=true)' : 'the run is decided by its contract paths (GRAPH_METADATA_REQUIRED=true would fail it)'}. `
    : '';
  const findings = [...check.findings]
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map((f) => ({ location: `${f.file}${f.line ? `:${f.line}` : ''}`, code: f.code, severity: f.severity, message: f.message }));
  const judged = report.expectations.file && check.judged
    ? `Against the expectations: ${check.judged.unexpected} unexpected, ${check.judged.met} as expected, ${check.judged.fixed.length} fixed error ${check.judged.fixed.length === 1 ? 'finding' : 'findings'}. `
    : '';
  return { headline: `${unavailable}${judged}${headline}`, errors: check.errors, findings };
}
