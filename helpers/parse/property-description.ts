// Facts hidden in a property's description sentence. The sentence itself never reaches a
// contract; only what these functions extract does. Input is plain text (markup stripped), so
// a markdown page and its plain-text rendering give the same facts.

export interface DescriptionFacts {
  enumValues?: string[];
  readOnly: boolean;
  minimum?: number;
  maximum?: number;
  inheritedFrom?: string;
  /** Other "Possible values" lists of the description that name other values than `enumValues`. */
  disagreeingValues?: string[][];
}

const POSSIBLE_VALUES = /Possible values (?:are|is|include)\s*:?\s*/gi;
const CODED_VALUE = /^(-?\d+)\s*-\s*(.+)$/;
const ENUM_MEMBER = /^[A-Za-z_][\w]*$/;
const RANGE = /Valid values (?:are )?(?:from )?(-?\d[\d.]*(?:E[+-]?\d+)?) (?:to|through|-) (-?\d[\d.]*(?:E[+-]?\d+)?)/i;
const INHERITED = /Inherited from ([A-Za-z_][\w.]*)/;
const READ_ONLY = /\bread-?\s?only\b/i;

/**
 * `rawDescription` is the cell before markup was stripped, when the page has markup: it tells
 * which "Possible values" list is the generated, backticked one.
 */
export function describeProperty(description: string, rawDescription?: string): DescriptionFacts {
  const facts: DescriptionFacts = { readOnly: READ_ONLY.test(description) };
  const values = possibleValues(description, rawDescription);
  if (values.taken.length > 0) facts.enumValues = values.taken;
  if (values.disagreeing.length > 0) facts.disagreeingValues = values.disagreeing;
  const range = RANGE.exec(description);
  // "-1.79769313486232E+308 to 1.79769313486232E+308" or "±9.22337203685478E+18" restate the
  // type's own range, rounded past what a double holds exactly: no bound worth asserting.
  const minimum = Number(range?.[1]);
  const maximum = Number(range?.[2]);
  if (range && isExactBound(minimum) && isExactBound(maximum)) {
    facts.minimum = minimum;
    facts.maximum = maximum;
  }
  const inherited = INHERITED.exec(description);
  if (inherited?.[1]) facts.inheritedFrom = inherited[1].replace(/\.$/, '');
  return facts;
}

function isExactBound(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

export interface PossibleValues {
  /** The list the contract takes. */
  taken: string[];
  /** The description's other lists that name other values than `taken`. */
  disagreeing: string[][];
}

/**
 * The "Possible values are: ..." lists of a description. Today's pages give a prose list, then
 * the generated backticked one; merging them yielded values that are no members of the type.
 * The list taken is the last backticked one (markdown), else the last one (plain text has no
 * backticks, and the generated list comes last); lists naming other values are returned too.
 * Linear in the description: each list ends at its sentence's end or the next phrase.
 */
export function possibleValues(description: string, rawDescription?: string): PossibleValues {
  const lists = valueLists(description);
  const nonEmpty = lists.map((list, index) => ({ list, index })).filter(({ list }) => list.length > 0);
  if (nonEmpty.length === 0) return { taken: [], disagreeing: [] };
  const backticked = rawDescription === undefined ? -1 : lastBacktickedList(rawDescription, lists.length);
  const taken = nonEmpty.find(({ index }) => index === backticked)?.list ?? nonEmpty[nonEmpty.length - 1]!.list;
  const disagreeing = nonEmpty.map(({ list }) => list).filter((list) => list !== taken && !sameMembers(list, taken));
  return { taken, disagreeing };
}

function valueLists(description: string): string[][] {
  const matches = [...description.matchAll(POSSIBLE_VALUES)];
  let sentenceEnd = -1;
  return matches.map((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    if (sentenceEnd < start) sentenceEnd = endOfSentence(description, start);
    const nextPhrase = matches[index + 1]?.index ?? description.length;
    return withoutRepeats(listAt(description.slice(start, Math.min(sentenceEnd, nextPhrase))));
  });
}

/** Index of the last phrase whose list starts with a backtick, when the raw cell has as many phrases. */
function lastBacktickedList(raw: string, phraseCount: number): number {
  const matches = [...raw.matchAll(POSSIBLE_VALUES)];
  if (matches.length !== phraseCount) return -1;
  let last = -1;
  matches.forEach((match, index) => {
    if (raw[(match.index ?? 0) + match[0].length] === '`') last = index;
  });
  return last;
}

/** Index of the first `.` from `start` followed by whitespace or the end; else the end. */
function endOfSentence(text: string, start: number): number {
  for (let dot = text.indexOf('.', start); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot + 1 === text.length || /\s/.test(text[dot + 1] ?? '')) return dot;
  }
  return text.length;
}

function withoutRepeats(values: string[]): string[] {
  return [...new Set(values)];
}

function sameMembers(a: string[], b: string[]): boolean {
  const members = new Set(b);
  return a.length === members.size && a.every((value) => members.has(value));
}

/**
 * Reads `a, b, and c.`, `a, b and c.` or `0 - Not Ready, 1 - Ready.`: items up to the sentence's
 * end. A coded item yields its number, since that is what the wire carries for such integer
 * properties.
 */
function listAt(sentence: string): string[] {
  const items = sentence.split(/,\s*/).map((item) => item.trim().replace(/^(?:and|or)\s+/, ''));
  const values: string[] = [];
  for (const item of items) {
    const coded = CODED_VALUE.exec(item);
    if (coded?.[1]) {
      values.push(coded[1]);
      continue;
    }
    // "b and c" without a serial comma: split only when every part is a member name, so a
    // label such as "Read and write" in a coded list is never taken apart.
    const members = item.split(/\s+(?:and|or)\s+/).map(unquoted);
    if (!members.every((member) => ENUM_MEMBER.test(member))) break;
    values.push(...members);
  }
  return values;
}

/** `'web'` -> `web`: today's pages sometimes quote values instead of backticking them. */
function unquoted(item: string): string {
  const first = item[0];
  return item.length >= 2 && (first === "'" || first === '"') && item[item.length - 1] === first ? item.slice(1, -1) : item;
}
