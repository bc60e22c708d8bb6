// A markdown document that must stay under a size (a pull-request body: GitHub refuses or cuts
// one past 65,536 characters) is parts in display order: fixed text, always kept, and lists of
// whole items that are kept from the start, the most important lists first, while they fit.

export interface BudgetedList {
  /** Lists of lower priority are filled first. */
  priority: number;
  /** Each item is one or more whole lines (a contract's heading travels with its first change). */
  items: string[];
  /** What the items are, for the note on what was left out: `warning lines`. */
  label: string;
  /** Lines around the kept items, written only when at least one is kept (a `<details>` block). */
  open?: string;
  close?: string;
  /** Written instead when none is kept. */
  empty?: string;
}

export type DocumentPart = string | BudgetedList;

const size = (text: string | undefined) => (text === undefined ? 0 : text.length + 1);

/**
 * How many items of each list are kept so the parts, joined by line breaks, take at most
 * `budget` characters with `reserve` left for what the caller adds about what was cut. Once an
 * item does not fit, no less important item takes the room it left.
 */
export function fitToBudget(parts: readonly DocumentPart[], budget: number, reserve: number): Map<BudgetedList, number> {
  const lists = parts.filter((part): part is BudgetedList => typeof part !== 'string');
  const kept = new Map(lists.map((list) => [list, 0]));
  let left = budget - reserve - parts.reduce((total, part) => total + (typeof part === 'string' ? size(part) : size(part.empty)), 0);
  let full = false;
  for (const list of [...lists].sort((a, b) => a.priority - b.priority)) {
    let count = 0;
    for (const item of list.items) {
      const cost = size(item) + (count === 0 ? size(list.open) + size(list.close) : 0);
      if (full || cost > left) {
        full = true;
        break;
      }
      left -= cost;
      count++;
    }
    kept.set(list, count);
  }
  return kept;
}

/** The parts as lines, each list cut to what `kept` says, with a marker where one was cut. */
export function renderParts(parts: readonly DocumentPart[], kept: ReadonlyMap<BudgetedList, number>, marker: (left: number, list: BudgetedList) => string): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      out.push(part);
      continue;
    }
    const keep = kept.get(part) ?? part.items.length;
    if (keep === 0 && part.items.length > 0 && part.empty !== undefined) {
      out.push(part.empty);
      continue;
    }
    if (part.open !== undefined) out.push(part.open);
    out.push(...part.items.slice(0, keep));
    if (keep < part.items.length) out.push(marker(part.items.length - keep, part));
    if (part.close !== undefined) out.push(part.close);
  }
  return out;
}

/** What was left out, per label: `176 of 298 warning lines`. */
export function leftOut(parts: readonly DocumentPart[], kept: ReadonlyMap<BudgetedList, number>): Array<{ label: string; left: number; of: number }> {
  const byLabel = new Map<string, { left: number; of: number }>();
  for (const part of parts) {
    if (typeof part === 'string') continue;
    const entry = byLabel.get(part.label) ?? { left: 0, of: 0 };
    entry.left += part.items.length - (kept.get(part) ?? part.items.length);
    entry.of += part.items.length;
    byLabel.set(part.label, entry);
  }
  return [...byLabel].filter(([, entry]) => entry.left > 0).map(([label, entry]) => ({ label, ...entry }));
}
