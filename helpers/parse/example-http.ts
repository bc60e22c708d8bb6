import type { JsonValue } from '../foundation/contract-types.ts';
import type { Block, CodeBlock } from './page-blocks.ts';
import type { PageHttpMessage } from './page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { findJsonSyntaxError } from './json-syntax-error.ts';
import { jsonDepthExceededAt, lineAtOffset, MAX_JSON_DEPTH } from '../foundation/json-depth.ts';
import { setOwn } from '../foundation/own-property.ts';

const HEADER = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/** The first code block of an example section read as an HTTP message: start line, headers, JSON body. */
export function parseExampleHttp(blocks: Block[], what: 'request' | 'response', log: ProblemLog): PageHttpMessage | undefined {
  const block = firstHttpBlock(blocks);
  if (!block) {
    log.fatal(what === 'request' ? 'NO_EXAMPLE_REQUEST' : 'NO_EXAMPLE_RESPONSE', `no example ${what}: expected an HTTP block under Example > ${what === 'request' ? 'Request' : 'Response'}`);
    return undefined;
  }
  return parseHttpMessage(block, what, log);
}

/** The first code block with something in it. */
export function firstHttpBlock(blocks: Block[]): CodeBlock | undefined {
  return blocks.find((candidate): candidate is CodeBlock => candidate.kind === 'code' && candidate.lines.some((line) => line.trim() !== ''));
}

/** One code block as an HTTP message: start line, headers, then a JSON body after a blank line. */
export function parseHttpMessage(block: CodeBlock, what: 'request' | 'response', log: ProblemLog): PageHttpMessage {
  const lines = block.lines;
  let index = lines.findIndex((line) => line.trim() !== '');
  const startLine = (lines[index] ?? '').trim();
  const headers: Record<string, string> = {};
  for (index++; index < lines.length; index++) {
    const match = HEADER.exec((lines[index] ?? '').trim());
    if (!match?.[1]) break;
    setOwn(headers, match[1], (match[2] ?? '').trim());
  }
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  const bodyLine = block.line + index;
  // Only the end is trimmed: the body starts at `bodyLine`, column 1, so places in it stay exact.
  const bodyText = lines.slice(index).join('\n').trimEnd();
  const message: PageHttpMessage = { startLine, headers, body: undefined, line: block.line, bodyLine };
  if (bodyText !== '' && !isTooDeep(bodyText, bodyLine, what, log)) message.body = parseJson(bodyText, bodyLine, what, log);
  return message;
}

/** A body nesting past MAX_JSON_DEPTH is refused before parsing: everything after it recurses. */
function isTooDeep(text: string, firstLine: number, what: string, log: ProblemLog): boolean {
  const offset = jsonDepthExceededAt(text);
  if (offset === undefined) return false;
  log.fatal('EXAMPLE_TOO_DEEP', `example ${what} body nests deeper than ${MAX_JSON_DEPTH} levels: expected at most ${MAX_JSON_DEPTH}`, { line: lineAtOffset(text, offset, firstLine) });
  return true;
}

function parseJson(text: string, firstLine: number, what: string, log: ProblemLog): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    // The place comes from the text, never from the engine's message (Node 20's often has none).
    const place = findJsonSyntaxError(text);
    if (place) {
      log.fatal('BAD_EXAMPLE_JSON', `example ${what} body is not valid JSON at column ${place.column + 1}: ${place.message}`, { line: firstLine + place.line });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      log.fatal('BAD_EXAMPLE_JSON', `example ${what} body is not valid JSON (${reason})`, { line: firstLine });
    }
    return undefined;
  }
}
