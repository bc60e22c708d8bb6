import type { Block, TableRow } from './page-blocks.ts';
import { PRIMITIVE_TYPES } from '../foundation/odata-primitive-types.ts';

// The plain-text rendering has no markup at all: headings are bare lines, tables are rows of
// space-separated cells under a known header line, code is unfenced. Structure is recovered from
// the few shapes these pages always have; cells are split by rules per table kind.

const HEADINGS = new Set([
  'Permissions', 'Prerequisites', 'HTTP Request', 'Request headers', 'Request body',
  'Response', 'Example', 'Examples', 'Request',
]);

export const PERMISSION_LABELS = [
  'Delegated (work or school account)',
  'Delegated (personal Microsoft account)',
  'Application',
];

interface TextTable {
  pattern: RegExp;
  header: string[];
  split: (line: string) => string[];
  /** A line that is not a row continues the previous row's last cell (a wrapped description). */
  isRow: (line: string) => boolean;
}

const TABLES: TextTable[] = [
  { pattern: /^Permission type Permissions \((.+)\)$/, header: ['Permission type', 'Permissions'], split: splitPermissionRow, isRow: () => true },
  { pattern: /^Header Value$/, header: ['Header', 'Value'], split: splitFirstWord, isRow: () => true },
  { pattern: /^Property Type Description$/, header: ['Property', 'Type', 'Description'], split: splitPropertyRow, isRow: isPropertyRow },
];

// Property names are camelCase (or `@odata.x`); types are OData primitives or camelCase type
// names. A wrapped description line starts like a sentence ("The default..."), or reads as two
// lowercase words ("shown on the dashboard"): a one-word lowercase type (`enablement`) counts
// only when what follows it reads like a description (capitalised, `collection`, or nothing).
const PROPERTY_ROW = /^[a-z@_][\w.@]*\s+(\S+)(?:\s+(\S+))?/;

/** The first two words of a line hold a control, format or replacement character. */
const HOSTILE_IN_FIRST_WORDS = /^[a-z@_]\S*?[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\uFFFD]|^[a-z@_]\S*\s+\S*?[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\uFFFD]/u;

const HTTP_START = /^(POST|GET|PATCH|PUT|DELETE) \S|^HTTP\/\d(\.\d)? \d{3}/;

export function textBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') { i++; continue; }
    if (blocks.length === 0) {
      blocks.push({ kind: 'heading', text: trimmed, line: i + 1 });
      i++;
      continue;
    }
    if (HEADINGS.has(trimmed)) {
      blocks.push({ kind: 'heading', text: trimmed, line: i + 1 });
      i++;
      continue;
    }
    const table = TABLES.find(({ pattern }) => pattern.test(trimmed));
    if (table) {
      const rows: TableRow[] = [];
      let j = i + 1;
      for (; j < lines.length && (lines[j] ?? '').trim() !== ''; j++) {
        const text = (lines[j] ?? '').trim();
        const last = rows[rows.length - 1];
        if (last && !table.isRow(text)) last.cells[last.cells.length - 1] += ` ${literal(text)}`;
        else rows.push({ cells: table.split(text).map(literal), line: j + 1 });
      }
      blocks.push({ kind: 'table', header: [...table.header, ...orderNote(trimmed)], rows, line: i + 1 });
      i = j;
      continue;
    }
    if (HTTP_START.test(trimmed)) {
      const end = httpBlockEnd(lines, i);
      blocks.push({ kind: 'code', lines: lines.slice(i, end), line: i + 1 });
      i = end;
      continue;
    }
    blocks.push({ kind: 'text', text: trimmed, line: i + 1 });
    i++;
  }
  return blocks;
}

/**
 * Plain text has no markup: its `*`, `_`, `[`, `]` and backslashes are escaped so the inline-markdown
 * reader the cells go through (shared with the markdown dialects) leaves them as written; a
 * property named `__proto__` is not bold "proto" here.
 */
function literal(cell: string): string {
  return cell.replace(/[\\*_[\]]/g, '\\$&');
}

/** Keeps "(from most to least privileged)" visible to the permissions reader, as the markdown header does. */
function orderNote(headerLine: string): string[] {
  const match = /\((from [^)]+)\)$/.exec(headerLine);
  return match?.[1] ? [match[1]] : [];
}

/** A request/status line, header lines, then optionally a blank line and a JSON document. */
function httpBlockEnd(lines: string[], start: number): number {
  let i = start + 1;
  while (i < lines.length && HTTP_START.test((lines[i] ?? '').trim())) i++; // several POST paths
  while (i < lines.length && /^[A-Za-z][\w-]*:\s?/.test(lines[i] ?? '')) i++; // headers
  let next = i;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  const first = (lines[next] ?? '').trim();
  if (!first.startsWith('{') && !first.startsWith('[')) return i;
  return jsonEnd(lines, next);
}

/** Index after the line that closes the JSON value opened on `start`, brackets counted outside strings. */
function jsonEnd(lines: string[], start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i] ?? '';
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (inString) {
        if (ch === '\\') c++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
  }
  return lines.length;
}

function splitPermissionRow(line: string): string[] {
  const label = PERMISSION_LABELS.find((candidate) => line.startsWith(`${candidate} `) || line === candidate);
  if (!label) return [line];
  return [label, line.slice(label.length).trim()];
}

function splitFirstWord(line: string): string[] {
  const match = /^(\S+)\s+(.*)$/.exec(line);
  return match ? [match[1] ?? '', match[2] ?? ''] : [line];
}

function isPropertyRow(line: string): boolean {
  // A name or type with a control, format or replacement character in it is no prose: it is a
  // row, so the table reader reports it (BAD_PROPERTY_ROW) instead of the property vanishing
  // into the description above it.
  if (HOSTILE_IN_FIRST_WORDS.test(line)) return true;
  const [, type, next] = PROPERTY_ROW.exec(line) ?? [];
  if (type === undefined) return false;
  if (PRIMITIVE_TYPES.has(type)) return true;
  if (!/^[a-z][\w.]*$/.test(type)) return false;
  return /[A-Z]/.test(type) || next === undefined || next === 'collection' || /^[A-Z]/.test(next);
}

/** `name Type description`, where the type may be two words: `String collection`. */
function splitPropertyRow(line: string): string[] {
  const match = /^(\S+)\s+(\S+(?: collection)?)(?:\s+(.*))?$/.exec(line);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : [line];
}
