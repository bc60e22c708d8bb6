// HTML reads better than markdown for ~1,000 rows (sticky header, colours); it is the same
// content, so it is rendered from the markdown rather than kept in step by hand.
import { marked } from 'marked';

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
th{position:sticky;top:0;background:#eee}td,th{border:1px solid #ccc;padding:2px 6px}code{font-size:12px}`;

export function renderHtml(markdown: string): string {
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>Contract gate</title><style>${STYLE}</style></head>\n<body>${body}</body></html>\n`;
}
