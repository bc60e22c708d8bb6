// A table cell of a generated reference page, from a code table's text: pipes escaped and line
// breaks joined so a row stays one row, and `<` `>` outside code spans escaped, since a renderer
// takes `<Schema>` for a tag and drops it (GitHub keeps only a few elements).
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

export function markdownCell(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  let out = '';
  let last = 0;
  for (const span of flat.matchAll(CODE_SPAN)) {
    out += prose(flat.slice(last, span.index)) + span[0];
    last = span.index + span[0].length;
  }
  return (out + prose(flat.slice(last))).replace(/\|/g, '\\|');
}

function prose(text: string): string {
  return text.replace(/[<>]/g, (char) => `\\${char}`);
}
