// The markdown changelog of a contract diff: the pull-request body of the docs-sync workflow,
// its job summary and `diff --format markdown`. A body stays under PR_BODY_BUDGET characters at
// any scale: the summary, then every breaking change and every warning (one line each, a
// request-side and response-side change of one property on one line), then informational
// changes counted per rule with their contracts folded; what does not fit is counted in a closing
// note that says where the full changelog is (`--changelog-full`: every change, no budget).
// A first sync, with nothing on the old side, reads as such and counts its new contracts per area.
import { groupedCountOf, thousands } from '../foundation/count-noun.ts';
import { changeLines, type ChangeLine } from '../diff/change-lines.ts';
import { contractPlace } from '../diff/contract-area.ts';
import type { ContractChange } from '../diff/diff-contracts.ts';
import { CHANGE_SEVERITIES, DIFF_RULES, type ChangeSeverity } from '../diff/diff-rules.ts';
import type { ContractDiff } from '../diff/diff-sets.ts';
import { COMMIT_PLACEHOLDER, failureLink } from '../report/failure-link.ts';
import { markdownCode } from '../report/markdown-text.ts';
import { fitToBudget, leftOut, renderParts, type BudgetedList, type DocumentPart } from './markdown-budget.ts';

/** Under GitHub's 65,536-character limit for a pull-request body, with room for what GitHub adds. */
export const PR_BODY_BUDGET = 60_000;
/** Room kept for the closing note and the markers of lists that were cut. */
const NOTE_RESERVE = 1_500;

export interface FullChangelog {
  /** The file it was written to. */
  file?: string;
  /** Where a reader of the body finds it (the workflow run that uploaded it). */
  url?: string;
}

export interface ChangelogOptions {
  /** Where the pages are published: `<base><page>#L<line>`, `{commit}` standing for each page's docs commit. */
  docsBaseUrl?: string;
  /** Contracts whose tenant expectation may be stale after a breaking change. */
  staleExpectations?: ReadonlySet<string>;
  /** Every change on its own line and no budget: the full changelog. */
  full?: boolean;
  /** The most characters a body may take (default PR_BODY_BUDGET). */
  budget?: number;
  /** Where the full changelog is, for the body to point to. */
  fullChangelog?: FullChangelog;
  /** Pages that did not build (sync), one markdown line each. */
  notBuilt?: string[];
}

const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, warning: 1, info: 2 };
const HEADING: Record<ChangeSeverity, string> = { breaking: 'Breaking changes', warning: 'Warnings', info: 'Informational changes' };
// Pages that did not build come before warnings: their committed contracts went stale unseen.
const PRIORITY = { breaking: 1, notBuilt: 2, warning: 3, info: 4 } as const;

/** Nothing on the old side: every contract is new and none was compared. */
export function isFirstSync(diff: ContractDiff): boolean {
  return diff.before === 0 && diff.after > 0;
}

/** One line: what changed and how much, for a terminal, a step output and a pull-request title. */
export function summaryLine(diff: ContractDiff): string {
  if (isFirstSync(diff)) return `${groupedCountOf(diff.after, 'new contract')}; nothing to compare yet`;
  const { bySeverity, byRule } = diff.counts;
  const added = byRule['contract-added'] ?? 0;
  const removed = byRule['contract-removed'] ?? 0;
  const presence = added + removed > 0 ? `; ${thousands(added)} added, ${thousands(removed)} removed` : '';
  return `${groupedCountOf(diff.changes.length, 'change')} (${CHANGE_SEVERITIES.map((severity) => `${thousands(bySeverity[severity])} ${severity}`).join(', ')}) in ${thousands(diff.changed)} of ${groupedCountOf(diff.compared, 'contract')} compared${presence}`;
}

export function changelogMarkdown(diff: ContractDiff, options: ChangelogOptions = {}): string {
  const parts: DocumentPart[] = ['# Contract changes', ''];
  const lines = changeLines(diff.changes);
  if (isFirstSync(diff)) parts.push(...firstSyncParts(diff, lines, options));
  else parts.push(...summaryParts(diff, lines, options), ...changeParts(diff, lines, options));
  if (options.notBuilt && options.notBuilt.length > 0) {
    parts.push('## Pages that did not build', '', 'Where one has a committed contract, that contract is kept and not counted as removed.', '', { priority: PRIORITY.notBuilt, items: options.notBuilt, label: 'pages that did not build' }, '');
  }
  return render(parts, options);
}

/** Joins the parts, each list cut to what fits, and closes with what was left out and where it is. */
function render(parts: DocumentPart[], options: ChangelogOptions): string {
  const budget = options.full ? Infinity : (options.budget ?? PR_BODY_BUDGET);
  const kept = fitToBudget(parts, budget, NOTE_RESERVE);
  const out = renderParts(parts, kept, (left, list) => `- _… ${thousands(left)} more ${list.label}: see the note at the end_`);
  const cut = leftOut(parts, kept);
  if (cut.length > 0) {
    const what = cut.map(({ label, left, of }) => `${thousands(left)} of ${thousands(of)} ${label}`).join('; ');
    out.push('', '---', '', `**Left out to keep this under ${thousands(budget)} characters:** ${what}. ${whereFull(options.fullChangelog)}`, '');
  }
  return out.join('\n');
}

function whereFull(full: FullChangelog | undefined): string {
  if (full?.url) return `Every change, one line each: [the full changelog](${full.url})${full.file ? ` (${markdownCode(basename(full.file))})` : ''}.`;
  if (full?.file) return `Every change, one line each: ${markdownCode(full.file)}.`;
  return 'Every change, one line each: `graph-contracts diff --format text`, or a full changelog with `--changelog-full FILE`.';
}

const basename = (path: string) => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

function summaryParts(diff: ContractDiff, lines: ChangeLine[], options: ChangelogOptions): string[] {
  const out = [`**${summaryLine(diff)}.**`, ''];
  if (diff.changes.length === 0) return [...out, 'No contract changed: what differs between the two sets is wording, examples or sources only.', ''];
  const affected = new Set(diff.changes.map((change) => change.contract)).size;
  const merged = diff.changes.length - lines.length;
  out.push(`${groupedCountOf(affected, 'contract')} affected; ${groupedCountOf(lines.length, 'line')} below${merged > 0 ? ` (${groupedCountOf(merged, 'request-side and response-side pair')} of one property on one line each)` : ''}.`, '');
  out.push('| severity | rule | changes | contracts |', '|---|---|---:|---:|');
  for (const rule of [...DIFF_RULES].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
    const changes = diff.changes.filter((change) => change.rule === rule.id);
    if (changes.length > 0) out.push(`| ${rule.severity} | \`${rule.id}\` | ${thousands(changes.length)} | ${thousands(new Set(changes.map((change) => change.contract)).size)} |`);
  }
  out.push('');
  if (!options.full && options.fullChangelog && (options.fullChangelog.url || options.fullChangelog.file)) out.push(whereFull(options.fullChangelog), '');
  return out;
}

function changeParts(diff: ContractDiff, lines: ChangeLine[], options: ChangelogOptions): DocumentPart[] {
  const parts: DocumentPart[] = [];
  for (const severity of CHANGE_SEVERITIES) {
    const these = lines.filter((line) => line.severity === severity);
    const changes = diff.counts.bySeverity[severity];
    if (changes === 0) continue;
    parts.push(`## ${HEADING[severity]} (${thousands(changes)})`, '');
    if (severity === 'info' && !options.full) parts.push(...infoCounts(diff, lines), '');
    else parts.push({ priority: PRIORITY[severity], items: groupedItems(these, options), label: `${severity === 'info' ? 'informational' : severity} lines` }, '');
  }
  return parts;
}

/** One item per line; a contract's heading (and its stale-expectation note) rides with its first line. */
function groupedItems(lines: ChangeLine[], options: ChangelogOptions): string[] {
  let contract: string | undefined;
  return lines.map((line) => {
    const text = lineMarkdown(line, options);
    if (line.contract === contract) return text;
    const stale = line.severity === 'breaking' && options.staleExpectations?.has(line.contract)
      ? '> This contract is listed in the tenant expectations: its expectation may be stale after this change; review it at the next tenant run.\n\n'
      : '';
    const gap = contract === undefined ? '' : '\n';
    contract = line.contract;
    return `${gap}### ${markdownCode(line.contract)}\n\n${stale}${text}`;
  });
}

function lineMarkdown(line: ChangeLine, options: ChangelogOptions): string {
  return `- ${line.changes.map((change) => markdownCode(change.rule)).join(' + ')}: ${markdownCode(line.lead.message)} (${changeLocation(line.lead, options.docsBaseUrl)})`;
}

/**
 * The page line a change is about: what was added or changed on the new page, what was removed
 * on the old one, at the docs commit each was read at. A base URL without `{commit}` can only
 * name today's pages, so a removal is then given as text, not as a link to the wrong version.
 */
export function changeLocation(change: ContractChange, docsBaseUrl: string | undefined): string {
  const old = change.page === 'old';
  const usable = docsBaseUrl && (!old || docsBaseUrl.includes(COMMIT_PLACEHOLDER)) ? docsBaseUrl : undefined;
  const link = failureLink(change.where, usable, change.docsCommit);
  if (!link.href) return `${markdownCode(link.text)}${old ? ', old page' : ''}`;
  const label = `${old ? 'old page' : 'page'}${change.where.line ? `, line ${change.where.line}` : ''}`;
  return `[${label}](${link.href})`;
}

/** Informational changes as counts per rule, each rule's contracts folded (and cut last). */
function infoCounts(diff: ContractDiff, lines: ChangeLine[]): DocumentPart[] {
  const shownAbove = new Map<string, number>();
  for (const line of lines) {
    if (line.severity === 'info') continue;
    for (const change of line.changes) if (change.severity === 'info') shownAbove.set(change.rule, (shownAbove.get(change.rule) ?? 0) + 1);
  }
  const parts: DocumentPart[] = ['Counted per rule, with their contracts where there is room; each one is in the full changelog.', ''];
  for (const rule of DIFF_RULES) {
    const changes = diff.changes.filter((change) => change.rule === rule.id && change.severity === 'info');
    if (changes.length === 0) continue;
    const perContract = new Map<string, number>();
    for (const change of changes) perContract.set(change.contract, (perContract.get(change.contract) ?? 0) + 1);
    const above = shownAbove.get(rule.id) ?? 0;
    const note = above > 0 ? `; ${thousands(above)} of them on a line above, beside the other side's change` : '';
    const headline = `${groupedCountOf(changes.length, 'change')} in ${groupedCountOf(perContract.size, 'contract')}${note}`;
    const list: BudgetedList = {
      priority: PRIORITY.info,
      items: [...perContract].map(([contract, n]) => `- ${markdownCode(contract)}${n > 1 ? ` (${thousands(n)})` : ''}`),
      label: 'contract names under informational rules',
      open: `<details><summary><code>${rule.id}</code>: ${headline}</summary>\n`,
      close: '\n</details>\n',
      empty: `- \`${rule.id}\`: ${headline}`,
    };
    parts.push(list);
  }
  return parts;
}

/** Nothing was compared: the new contracts per area and folder, and (full) each of them. */
function firstSyncParts(diff: ContractDiff, lines: ChangeLine[], options: ChangelogOptions): DocumentPart[] {
  const added = lines.filter((line) => line.lead.rule === 'contract-added');
  const folders = [...new Set(added.map((line) => contractPlace(line.contract).folder))].sort();
  const areas = new Map<string, Map<string, number>>();
  for (const line of added) {
    const { folder, area } = contractPlace(line.contract);
    const row = areas.get(area) ?? new Map<string, number>();
    row.set(folder, (row.get(folder) ?? 0) + 1);
    areas.set(area, row);
  }
  const sum = (row: Map<string, number>) => [...row.values()].reduce((a, b) => a + b, 0);
  const rows = [...areas].sort(([a], [b]) => (a < b ? -1 : 1)).map(([area, row]) => `| ${markdownCode(area)} | ${folders.map((folder) => thousands(row.get(folder) ?? 0)).join(' | ')} | ${thousands(sum(row))} |`);
  const totals = folders.map((folder) => thousands(added.filter((line) => contractPlace(line.contract).folder === folder).length));
  const parts: DocumentPart[] = [
    `**${summaryLine(diff)}**: the contracts folder held none, so every contract is new and no change is classified.`,
    '',
    `${groupedCountOf(added.length, 'contract')} in ${groupedCountOf(areas.size, 'area')}, by folder:`,
    '',
    `| area | ${folders.map((folder) => markdownCode(folder)).join(' | ')} | all |`,
    `|---|${folders.map(() => '---:|').join('')}---:|`,
    { priority: PRIORITY.breaking, items: rows, label: 'areas' },
    `| **all** | ${totals.join(' | ')} | **${thousands(added.length)}** |`,
    '',
  ];
  if (!options.full) {
    parts.push(options.fullChangelog && (options.fullChangelog.url || options.fullChangelog.file) ? `Each contract, with a link to its page: ${whereFull(options.fullChangelog).replace(/^Every change, one line each: /, '')}` : 'Each contract, with a link to its page: `graph-contracts diff --format text`, or a full changelog with `--changelog-full FILE`.', '');
    return parts;
  }
  for (const [area] of [...areas].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const these = added.filter((line) => contractPlace(line.contract).area === area);
    parts.push(`## ${markdownCode(area)} (${thousands(these.length)})`, '', ...these.map((line) => `- ${markdownCode(line.contract)}: ${markdownCode(line.lead.message)} (${changeLocation(line.lead, options.docsBaseUrl)})`), '');
  }
  return parts;
}
