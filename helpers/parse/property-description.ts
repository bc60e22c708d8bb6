// Facts hidden in a property's description sentence. The sentence itself never reaches a
// contract; only what these functions extract does. Input is plain text (markup stripped), so
// a markdown page and its plain-text rendering give the same facts.

export interface DescriptionFacts {
  enumValues?: string[];
  readOnly: boolean;
  minimum?: number;
  maximum?: number;
  inheritedFrom?: string;
}

const POSSIBLE_VALUES = /Possible values (?:are|is|include)\s*:?\s*/gi;
const CODED_VALUE = /^(-?\d+)\s*-\s*(.+)$/;
const ENUM_MEMBER = /^[A-Za-z_][\w]*$/;
const RANGE = /Valid values (?:are )?(?:from )?(-?\d[\d.]*(?:E[+-]?\d+)?) (?:to|through|-) (-?\d[\d.]*(?:E[+-]?\d+)?)/i;
const INHERITED = /Inherited from ([A-Za-z_][\w.]*)/;
const READ_ONLY = /\bread-?\s?only\b/i;

export function describeProperty(description: string): DescriptionFacts {
  const facts: DescriptionFacts = { readOnly: READ_ONLY.test(description) };
  const enumValues = possibleValues(description);
  if (enumValues.length > 0) facts.enumValues = enumValues;
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

/** Every "Possible values are: ..." list in the sentence, merged in order without repeats. */
export function possibleValues(description: string): string[] {
  const values: string[] = [];
  for (const match of description.matchAll(POSSIBLE_VALUES)) {
    const start = (match.index ?? 0) + match[0].length;
    for (const value of listAt(description.slice(start))) {
      if (!values.includes(value)) values.push(value);
    }
  }
  return values;
}

/**
 * Reads `a, b, and c.`, `a, b and c.` or `0 - Not Ready, 1 - Ready.`: items up to the sentence's
 * end. A coded item yields its number, since that is what the wire carries for such integer
 * properties.
 */
function listAt(text: string): string[] {
  const sentence = /^(.*?)(?:\.(?:\s|$)|$)/.exec(text)?.[1] ?? '';
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
    const members = item.split(/\s+(?:and|or)\s+/);
    if (!members.every((member) => ENUM_MEMBER.test(member))) break;
    values.push(...members);
  }
  return values;
}
