import type { Block, CodeBlock } from './page-blocks.ts';
import type { PageExample, PageHttpMessage } from './page-model.ts';
import { ProblemLog } from '../foundation/diagnostics.ts';
import { exampleAnnotation, type ExampleAnnotation } from './doc-annotation.ts';
import { parseExampleHttp, parseHttpMessage } from './example-http.ts';
import { isTabMarker, type PageSections } from './page-sections.ts';
import { stripInlineMarkdown } from './inline-text.ts';

// A page's examples, found the way its writers marked them:
// 1. the docs' annotations (`<!-- { "blockType": "request", "name": ... } -->` before the HTTP
//    tab's code block, `"blockType": "response"` before the answer): as many examples as the page
//    shows, each named by its annotation and the "Example N: ..." heading above it;
// 2. else the code under the Example > Request and Example > Response headings (one example:
//    the generated Intune pages);
// 3. else, below the Example heading, code blocks that start `POST ...` and `HTTP/1.1 ...`, in
//    order (pages that mark Request and Response with bold text instead of headings).

const EXAMPLE_HEADING = /^examples?\b/i;
const POST_START = /^POST\s+\S/;
const RESPONSE_START = /^HTTP\/\d/;
const FULL_URL_REQUEST = /^[A-Z]+\s+https?:\/\//;

export function findExamples(file: string, blocks: Block[], sections: PageSections, pageLog: ProblemLog): PageExample[] {
  // Above the Example heading a `POST https://...` is the HTTP request section's, not an example.
  const exampleLine = sections.headingLines.example;
  const annotated = annotatedExamples(file, exampleLine === undefined ? blocks : blocks.filter((block) => block.line >= exampleLine));
  return annotated.length > 0 ? annotated : headedExample(file, sections, pageLog);
}

interface Pending {
  request: CodeBlock;
  annotation?: ExampleAnnotation;
  heading: string | undefined;
  response?: CodeBlock;
  responseAnnotation?: ExampleAnnotation;
}

/** Examples marked by annotations; none when the page has no request annotation on a code block. */
function annotatedExamples(file: string, blocks: Block[]): PageExample[] {
  const pending: Pending[] = [];
  let heading: string | undefined;
  const shown = blocks.filter((block) => block.kind !== 'heading' || !isTabMarker(block.text));
  shown.forEach((block, index) => {
    if (block.kind === 'heading') {
      heading = EXAMPLE_HEADING.test(block.text.trim()) ? stripInlineMarkdown(block.text) : heading;
      return;
    }
    if (block.kind !== 'annotation') return;
    const code = codeAfter(shown, index);
    if (!code) return;
    const annotation = asExample(exampleAnnotation(block.data), code);
    if (annotation.blockType === 'other') return;
    const last = pending[pending.length - 1];
    if (annotation.blockType === 'request') pending.push({ request: code, annotation, heading });
    // A response belongs to the request before it; a second one (another outcome) is not the example's.
    else if (last && !last.response) Object.assign(last, { response: code, responseAnnotation: annotation });
  });
  return pending.map((example) => toExample(file, example));
}

/**
 * Writers mark an example `"blockType": "ignored"` to keep the docs' own tooling off it; it is
 * still an example when it reads as one: a request to a full URL, or an `HTTP/` answer.
 */
function asExample(annotation: ExampleAnnotation, code: CodeBlock): ExampleAnnotation {
  if (annotation.blockType !== 'other') return annotation;
  const start = code.lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (FULL_URL_REQUEST.test(start)) return { ...annotation, blockType: 'request' };
  if (RESPONSE_START.test(start)) return { ...annotation, blockType: 'response' };
  return annotation;
}

/** The code block an annotation stands before: the next block, past other notes but no heading. */
function codeAfter(blocks: Block[], index: number): CodeBlock | undefined {
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next]!;
    if (block.kind === 'code') return block;
    if (block.kind === 'heading' || block.kind === 'annotation' || block.kind === 'table') return undefined;
  }
  return undefined;
}

function toExample(file: string, pending: Pending): PageExample {
  const log = new ProblemLog(file);
  const request = parseHttpMessage(pending.request, 'request', log);
  const response = pending.response ? parseHttpMessage(pending.response, 'response', log) : undefined;
  if (!response) log.fatal('NO_EXAMPLE_RESPONSE', `no example response for the request "${request.startLine}": expected an HTTP block marked "blockType": "response" after it`, { line: request.line });
  const example: PageExample = { request, response, truncated: pending.responseAnnotation?.truncated ?? false, problems: log.problems };
  const name = pending.annotation?.name ?? pending.responseAnnotation?.name;
  if (name) example.name = name;
  if (pending.heading) example.heading = pending.heading;
  const odataType = pending.responseAnnotation?.odataType;
  if (odataType) example.odataType = odataType;
  return example;
}

/**
 * One example from the Request and Response headings under Example, reported as before when
 * either is missing; when there is no such heading at all, the code below the Example heading
 * that reads as a request and a response.
 */
function headedExample(file: string, sections: PageSections, pageLog: ProblemLog): PageExample[] {
  const hasHeadings = sections.blocks.exampleRequest.length > 0 || sections.blocks.exampleResponse.length > 0;
  if (!hasHeadings) {
    const found = unheadedExamples(file, sections.blocks.other, sections.headingLines.example);
    if (found.length > 0) return found;
  }
  const log = new ProblemLog(file);
  const request = parseExampleHttp(sections.blocks.exampleRequest, 'request', log);
  const response = parseExampleHttp(sections.blocks.exampleResponse, 'response', log);
  if (!request) {
    pageLog.problems.push(...log.problems);
    return [];
  }
  return [{ request, response, truncated: false, problems: log.problems }];
}

/** Below the Example heading, `POST` blocks each answered by the next `HTTP/` block. */
function unheadedExamples(file: string, blocks: Block[], exampleLine: number | undefined): PageExample[] {
  if (exampleLine === undefined) return [];
  const examples: PageExample[] = [];
  let current: { log: ProblemLog; request: PageHttpMessage; response?: PageHttpMessage } | undefined;
  const finish = () => {
    if (!current) return;
    if (!current.response) current.log.fatal('NO_EXAMPLE_RESPONSE', `no example response for the request "${current.request.startLine}": expected an "HTTP/1.1 ..." block after it`, { line: current.request.line });
    examples.push({ request: current.request, response: current.response, truncated: false, problems: current.log.problems });
  };
  for (const block of blocks) {
    if (block.kind !== 'code' || block.line < exampleLine) continue;
    const start = block.lines.find((line) => line.trim() !== '')?.trim() ?? '';
    if (POST_START.test(start)) {
      finish();
      const log = new ProblemLog(file);
      current = { log, request: parseHttpMessage(block, 'request', log) };
    } else if (RESPONSE_START.test(start) && current && !current.response) {
      current.response = parseHttpMessage(block, 'response', current.log);
    }
  }
  finish();
  return examples;
}
