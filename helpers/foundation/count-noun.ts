// Every count a person reads ("1 page", "2 pages", "1 entry") goes through here, so no output
// says "1 files" or hedges with "file(s)".

/** `count` with its noun in the right number: countOf(1, 'page') is "1 page", countOf(2, 'entry', 'entries') "2 entries". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
