// Classified changes -> the lines of a changelog. A property's table row feeds both the request
// and the response schema, so one page change often gives a request-side and a response-side
// change (`request-property-removed` and `response-property-removed`): those two become one line,
// at the worse severity, so a reader sees each change of the page once.
import type { ContractChange } from './diff-contracts.ts';
import { atLeast, pairKind, type ChangeSeverity } from './diff-rules.ts';

export interface ChangeLine {
  /** The worse severity of its changes. */
  severity: ChangeSeverity;
  contract: string;
  /** One change, or a request-side and a response-side change of the same property, request first. */
  changes: ContractChange[];
  /** The change the line shows and links: the worse one (both are on the same page line). */
  lead: ContractChange;
}

const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, warning: 1, info: 2 };

/** The same change of one property seen from the other side: same kind, values, page and (for a constraint) keyword. */
function pairKey(change: ContractChange): string | undefined {
  const kind = pairKind(change.rule);
  if (!kind || change.property === undefined) return undefined;
  const keyword = kind.startsWith('constraint-') ? change.message : '';
  return JSON.stringify([change.contract, change.property, kind, change.before ?? null, change.after ?? null, change.page, change.where.line ?? 0, keyword]);
}

const sideOf = (change: ContractChange) => (change.rule.startsWith('request-') ? 'request' : 'response');

/** Every change on one line, pairs merged; ordered by severity, then contract, then as given. */
export function changeLines(changes: readonly ContractChange[]): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const open = new Map<string, ChangeLine>();
  for (const change of changes) {
    const key = pairKey(change);
    const partner = key === undefined ? undefined : open.get(key);
    if (key !== undefined && partner && sideOf(partner.changes[0]!) !== sideOf(change)) {
      open.delete(key);
      partner.changes = sideOf(change) === 'request' ? [change, ...partner.changes] : [...partner.changes, change];
      if (!atLeast(partner.severity, change.severity)) {
        partner.severity = change.severity;
        partner.lead = change;
      }
      continue;
    }
    const line: ChangeLine = { severity: change.severity, contract: change.contract, changes: [change], lead: change };
    lines.push(line);
    if (key !== undefined) open.set(key, line);
  }
  const order = new Map(lines.map((line, index) => [line, index]));
  return lines.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.contract < b.contract ? -1 : a.contract > b.contract ? 1 : 0) || order.get(a)! - order.get(b)!);
}
