// A seeded mutation generator for doc pages: the same seed always gives the same pages, so a
// fuzz failure is reproduced by its seed and index. Mutations are rows of one table (name,
// what it does); each mutated page applies one to three of them.

/** mulberry32: a tiny, well-mixed 32-bit PRNG; deterministic across platforms. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

const utf8 = new TextDecoder('utf-8');
const encode = (text: string) => new TextEncoder().encode(text);

/** Cell contents that have broken parsers: markup openers, JSON syntax, hostile runs. */
const JUNK = ['{', '}', '"', '|', '\\|', '**', '__', '*', '[x](', '[', '<a', '`', '&amp;', '&#0;', 'Possible values are: ', ', and ', '0 - ', 'Read-only', 'Valid values 5 to 2', '\u202E', '\u0000', '\uFFFD', 'constructor', '__proto__', 'toString'];
const HUGE_UNITS = ['[', '<a', '*a', '_a', 'Possible values are: a, ', '[a](', '\\|', '{"a":'];

/** The lines of a text (LF or CRLF kept as written) and a join back. */
function lines(text: string): string[] {
  return text.split('\n');
}

function atLine(text: string, random: Random, edit: (line: string, index: number, all: string[]) => string[]): string {
  const all = lines(text);
  const index = int(random, all.length);
  return [...all.slice(0, index), ...edit(all[index] ?? '', index, all), ...all.slice(index + 1)].join('\n');
}

/** A line that looks like a table row (markdown) or a property row (text), else any line. */
function rowIndex(all: string[], random: Random): number {
  const rows = all.flatMap((line, index) => (line.includes('|') || /^[a-z@]\w*\s+\S+\s/.test(line) ? [index] : []));
  return rows.length > 0 ? pick(random, rows) : int(random, all.length);
}

function insertAt(text: string, offset: number, inserted: string): string {
  return text.slice(0, offset) + inserted + text.slice(offset);
}

export interface Mutation {
  name: string;
  apply: (page: Uint8Array, random: Random) => Uint8Array;
}

/** A mutation of the decoded text (most of them); random bytes work on the bytes themselves. */
const onText = (name: string, apply: (text: string, random: Random) => string): Mutation => ({
  name,
  apply: (page, random) => encode(apply(utf8.decode(page), random)),
});

export const MUTATIONS: readonly Mutation[] = [
  onText('truncate', (text, random) => text.slice(0, int(random, text.length))),
  onText('delete line', (text, random) => atLine(text, random, () => [])),
  onText('duplicate line', (text, random) => atLine(text, random, (line) => [line, line])),
  onText('swap adjacent lines', (text, random) => atLine(text, random, (line, index, all) => (index + 1 < all.length ? [all[index + 1] ?? '', line] : [line]))),
  onText('corrupt a table cell', (text, random) => {
    const all = lines(text);
    const index = rowIndex(all, random);
    const cells = (all[index] ?? '').split(/(?=\|)|(?<=\|)|(?= )/);
    cells[int(random, cells.length)] = pick(random, JUNK);
    all[index] = cells.join('');
    return all.join('\n');
  }),
  onText('insert junk', (text, random) => insertAt(text, int(random, text.length + 1), pick(random, JUNK))),
  onText('delete a JSON brace or quote', (text, random) => {
    const offsets = [...text.matchAll(/[{}"[\],:]/g)].map((match) => match.index);
    if (offsets.length === 0) return text;
    const at = pick(random, offsets);
    return text.slice(0, at) + text.slice(at + 1);
  }),
  onText('deep nesting in an example', (text, random) => {
    const depth = pick(random, [65, 500, 5_000]);
    const brace = text.indexOf('{', int(random, text.length));
    const at = brace < 0 ? text.length : brace + 1;
    const deep = random() < 0.5 ? `"deep": ${'['.repeat(depth)}1${']'.repeat(depth)},` : `"deep": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},`;
    return insertAt(text, at, deep);
  }),
  onText('deep markup line', (text, random) => atLine(text, random, (line) => [`${pick(random, ['> ', '+ ', '1. '] as const).repeat(pick(random, [33, 3_000]))}x`, line])),
  onText('huge cell', (text, random) => {
    const all = lines(text);
    const index = rowIndex(all, random);
    const unit = pick(random, HUGE_UNITS);
    const line = all[index] ?? '';
    const cut = int(random, line.length + 1);
    all[index] = line.slice(0, cut) + unit.repeat(Math.ceil((64 * 1024) / unit.length)) + line.slice(cut);
    return all.join('\n');
  }),
  onText('control characters', (text, random) => {
    let mutated = text;
    for (let n = 1 + int(random, 5); n > 0; n--) mutated = insertAt(mutated, int(random, mutated.length + 1), String.fromCharCode(1 + int(random, 31)));
    return mutated;
  }),
  onText('NUL', (text, random) => insertAt(text, int(random, text.length + 1), '\u0000')),
  onText('RTL override', (text, random) => insertAt(text, int(random, text.length + 1), '\u202E')),
  onText('CRLF', (text, random) => (random() < 0.5 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r'))),
  onText('BOM and zero-width spaces', (text, random) => insertAt(`\uFEFF${text}`, int(random, text.length + 1), '\u200B')),
  {
    name: 'random bytes',
    apply: (page, random) => {
      const bytes = Uint8Array.from(page);
      for (let n = 1 + int(random, 16); n > 0 && bytes.length > 0; n--) bytes[int(random, bytes.length)] = int(random, 256);
      return bytes;
    },
  },
];

export interface MutatedPage {
  /** `<source>#<index>: <mutation>, <mutation>` */
  name: string;
  bytes: Uint8Array;
  mutations: string[];
}

/** `count` mutants of `page`, each applying one to three mutations, from `random`. */
export function mutatePage(source: string, page: Uint8Array, count: number, random: Random): MutatedPage[] {
  const pages: MutatedPage[] = [];
  for (let index = 0; index < count; index++) {
    let bytes = page;
    const applied: string[] = [];
    for (let n = 1 + int(random, 3); n > 0; n--) {
      const mutation = pick(random, MUTATIONS);
      bytes = mutation.apply(bytes, random);
      applied.push(mutation.name);
    }
    pages.push({ name: `${source}#${index}: ${applied.join(', ')}`, bytes, mutations: applied });
  }
  return pages;
}
