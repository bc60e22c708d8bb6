// Text from pages and services inside the HTML report stays text: markup characters escaped,
// terminal colour sequences dropped, and every other control or format character shown as
// `\u{1B}` (HTML forbids raw control characters, and a bidi override would reorder what a person
// reads), as the console shows them.
import { stripVTControlCharacters } from 'node:util';
import { visibleText } from '../foundation/where.ts';

export function htmlText(text: string): string {
  return visibleText(stripVTControlCharacters(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
