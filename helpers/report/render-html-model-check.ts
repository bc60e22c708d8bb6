// The HTML report's Model check section: folded when long (the 2,611 findings of a corpus run
// must not push the failing paths down), its counts on the fold, each finding a row the text
// filter reads as it reads the paths.
import type { ContractReport } from './contract-report.ts';
import { htmlText as esc } from './html-text.ts';
import { modelCheckLines } from './model-check-section.ts';

/** Up to this many findings the section starts open. */
const OPEN_UP_TO = 20;

export function modelCheckHtml(report: ContractReport): string {
  const lines = modelCheckLines(report);
  if (!lines) return '';
  const errors = lines.errors.map((e) => `<li>${esc(e)}</li>`).join('');
  const rows = lines.findings.map((f) => `<tr class="finding ${esc(f.severity)}"><td><code>${esc(f.location)}</code></td><td><code>${esc(f.code)}</code></td><td>${esc(f.severity)}</td><td>${esc(f.message)}</td></tr>`).join('');
  const severities = Object.entries(report.modelCheck?.severities ?? {}).map(([severity, n]) => `${n} ${severity}${n === 1 ? '' : 's'}`).join(', ');
  const counts = `${lines.findings.length} finding${lines.findings.length === 1 ? '' : 's'}${severities ? ` (${severities})` : ''}${lines.errors.length ? `; ${lines.errors.length} model${lines.errors.length === 1 ? '' : 's'} unavailable` : ''}`;
  const open = lines.findings.length <= OPEN_UP_TO || lines.errors.length > 0 ? ' open' : '';
  return `<details class="extra model" id="model-check"${open}><summary><h2>Model check</h2> <span class="tally">${counts}</span> <span class="match"></span></summary><p>${esc(lines.headline)}</p>${errors ? `<ul>${errors}</ul>` : ''}` +
    (rows ? `<table><colgroup><col class="loc"><col class="code"><col class="sev"><col></colgroup><thead><tr><th>page:line</th><th>code</th><th>severity</th><th>message</th></tr></thead><tbody>${rows}</tbody></table>` : '') + '</details>';
}
