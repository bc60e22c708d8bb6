// Every count a person reads ("1 page", "2 pages", "1 entry") goes through here, so no output
// says "1 files" or hedges with "file(s)".

/** `count` with its noun in the right number: countOf(1, 'page') is "1 page", countOf(2, 'entry', 'entries') "2 entries". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** countOf with the thousands grouped, for headlines over large sets: "1,020 new contracts". */
export function groupedCountOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${thousands(count)} ${count === 1 ? singular : plural}`;
}

/**
 * `1020` as "1,020": the whole part grouped, a fraction left as it is. Without Intl, whose first
 * use costs a tenth of a second of the CLI's start-up.
 */
export function thousands(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
