import type { ApiVersion } from '../foundation/contract-types.ts';
import type { Block } from './page-blocks.ts';
import type { ParsedPage } from './page-model.ts';
import { ProblemLog, type PageProblem } from '../foundation/diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { detectDialect } from './detect-dialect.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { textBlocks } from './text-blocks.ts';
import { pageSections } from './page-sections.ts';
import { parsePermissionsTable } from './permissions-table.ts';
import { parseHttpPaths } from './http-paths.ts';
import { parseRequestHeaders } from './request-headers.ts';
import { parsePropertiesTable } from './properties-table.ts';
import { parseExampleHttp } from './example-http.ts';
import { stripInlineMarkdown } from './inline-text.ts';

export interface ParseResult {
  page: ParsedPage | undefined;
  problems: PageProblem[];
}

/** The one entry point: any dialect in, a typed page (or the reasons there is none) out. Pure. */
export function parsePage(file: string, rawText: string): ParseResult {
  const log = new ProblemLog(file);
  const text = normalizeText(rawText);
  const dialect = detectDialect(text);
  let blocks: Block[];
  let frontMatterTitle: string | undefined;
  if (dialect === 'text') {
    blocks = textBlocks(text);
  } else {
    const frontMatter = splitFrontMatter(text, log);
    frontMatterTitle = frontMatter.title;
    blocks = markdownBlocks(frontMatter.body, frontMatter.lineCount + 1);
  }
  const sections = pageSections(blocks);
  const title = stripInlineMarkdown(frontMatterTitle ?? sections.title?.text ?? '');
  const resource = /^Create\s+([A-Za-z_][\w.]*)/.exec(title)?.[1];
  if (!resource) {
    log.fatal('NOT_A_CREATE_PAGE', `title "${title}" does not name a created resource: expected "Create <resourceType>"`, { line: sections.title?.line ?? 1 });
    return { page: undefined, problems: log.problems };
  }
  const preambleText = sections.blocks.preamble.map((block) => (block.kind === 'text' ? block.text : '')).join('\n');
  const page: ParsedPage = {
    file,
    dialect,
    title,
    resource,
    namespace: /Namespace:\s*([A-Za-z][\w.]*)/.exec(preambleText)?.[1],
    pageVersion: pageVersion(preambleText),
    permissions: parsePermissionsTable(sections.blocks.permissions, log),
    paths: parseHttpPaths(sections.blocks.httpRequest, log),
    requestHeaders: parseRequestHeaders(sections.blocks.requestHeaders),
    properties: parsePropertiesTable(sections.blocks.requestBody, log),
    exampleRequest: parseExampleHttp(sections.blocks.exampleRequest, 'request', log),
    exampleResponse: parseExampleHttp(sections.blocks.exampleResponse, 'response', log),
  };
  return { page, problems: log.problems };
}

/** Beta pages carry a banner about "the /beta version"; v1.0 pages carry none. */
function pageVersion(preamble: string): ApiVersion {
  return /\/beta\b/i.test(preamble) ? 'beta' : 'v1.0';
}
