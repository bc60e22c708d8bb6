import type { ApiVersion } from '../foundation/contract-types.ts';
import type { Block } from './page-blocks.ts';
import type { ParsedPage } from './page-model.ts';
import { ProblemLog, type PageProblem, type ProblemCode } from '../foundation/diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { detectDialect } from './detect-dialect.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { boundMarkupNesting } from './markup-nesting.ts';
import { textBlocks } from './text-blocks.ts';
import { pageSections, type PageSections, type SectionName } from './page-sections.ts';
import { parsePermissionsTable, permissionsTableLine } from './permissions-table.ts';
import { parseHttpPaths } from './http-paths.ts';
import { parseRequestHeaders } from './request-headers.ts';
import { parsePropertiesTable } from './properties-table.ts';
import { parseExampleHttp } from './example-http.ts';
import { stripInlineMarkdown } from './inline-text.ts';
import { firstBadCharacter, IDENTIFIER, QUALIFIED_NAME } from './name-grammar.ts';

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
  let frontMatterTitleLine: number | undefined;
  if (dialect === 'text') {
    blocks = textBlocks(text);
  } else {
    const frontMatter = splitFrontMatter(text, log);
    frontMatterTitle = frontMatter.title;
    frontMatterTitleLine = frontMatter.titleLine;
    const firstLine = frontMatter.lineCount + 1;
    blocks = markdownBlocks(boundMarkupNesting(frontMatter.body, firstLine, log), firstLine);
  }
  const sections = pageSections(blocks);
  const title = stripInlineMarkdown(frontMatterTitle ?? sections.title?.text ?? '');
  const titleLine = (frontMatterTitle === undefined ? undefined : frontMatterTitleLine) ?? sections.title?.line ?? 1;
  const resource = /^Create\s+(\S+)/.exec(title)?.[1];
  if (!resource) {
    log.fatal('NOT_A_CREATE_PAGE', `title "${title}" does not name a created resource: expected "Create <resourceType>"`, { line: titleLine });
    return { page: undefined, problems: log.problems };
  }
  if (!IDENTIFIER.test(resource)) {
    log.fatal('BAD_IDENTIFIER', `the title's resource "${resource}" is not an identifier (${firstBadCharacter(resource, IDENTIFIER)}): expected letters, digits and _`, { line: titleLine, field: 'title' });
  }
  const preambleText = sections.blocks.preamble.map((block) => (block.kind === 'text' ? block.text : '')).join('\n');
  const permissionsLine = permissionsTableLine(sections.blocks.permissions);
  const page: ParsedPage = {
    file,
    dialect,
    title,
    resource,
    namespace: pageNamespace(sections.blocks.preamble, log),
    pageVersion: pageVersion(preambleText),
    permissions: parsePermissionsTable(sections.blocks.permissions, log),
    ...(permissionsLine === undefined ? {} : { permissionsLine }),
    paths: parseHttpPaths(sections.blocks.httpRequest, log),
    requestHeaders: parseRequestHeaders(sections.blocks.requestHeaders),
    properties: parsePropertiesTable(sections.blocks.requestBody, log),
    exampleRequest: parseExampleHttp(sections.blocks.exampleRequest, 'request', log),
    exampleResponse: parseExampleHttp(sections.blocks.exampleResponse, 'response', log),
  };
  placeMissingParts(log.problems, sections, lineCount(text));
  return { page, problems: log.problems };
}

/** The sections in page order, and the one each missing part belongs to. */
const PAGE_ORDER: Array<SectionName | 'example'> = ['permissions', 'httpRequest', 'requestHeaders', 'requestBody', 'response', 'example', 'exampleRequest', 'exampleResponse'];
const MISSING_PART_SECTION: Array<[ProblemCode, SectionName]> = [
  ['NO_PERMISSIONS_TABLE', 'permissions'],
  ['NO_POST_PATH', 'httpRequest'],
  ['NO_PROPERTY_TABLE', 'requestBody'],
  ['NO_EXAMPLE_REQUEST', 'exampleRequest'],
  ['NO_EXAMPLE_RESPONSE', 'exampleResponse'],
];

/**
 * A missing part is reported at its section's heading; when the heading is missing too (or was
 * swallowed by an unclosed fence), at the nearest heading of the page order around where it
 * belongs; on a page with none of those headings (cut short after its title), at its last line,
 * after which the part was expected.
 */
function placeMissingParts(problems: PageProblem[], sections: PageSections, lastLine: number): void {
  for (const problem of problems) {
    if (problem.line !== undefined) continue;
    const section = MISSING_PART_SECTION.find(([code]) => code === problem.code)?.[1];
    if (!section) continue;
    const at = PAGE_ORDER.indexOf(section);
    const nearest = [...PAGE_ORDER.slice(at), ...PAGE_ORDER.slice(0, at).reverse()];
    problem.line = nearest.map((place) => sections.headingLines[place]).find((found) => found !== undefined) ?? lastLine;
  }
}

/** Lines of the page, a final newline not counting as one more. */
function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** `Namespace: microsoft.graph`, whole: a name that breaks off early would be another namespace. */
function pageNamespace(preamble: Block[], log: ProblemLog): string | undefined {
  for (const block of preamble) {
    if (block.kind !== 'text') continue;
    const match = /Namespace:[ \t]*(\S+)/.exec(block.text);
    if (!match?.[1]) continue;
    const line = block.line + (block.text.slice(0, match.index).split('\n').length - 1);
    if (QUALIFIED_NAME.test(match[1])) return match[1];
    log.fatal('BAD_IDENTIFIER', `namespace "${match[1]}" is not a dotted name (${firstBadCharacter(match[1], QUALIFIED_NAME)}): expected e.g. "microsoft.graph"`, { line, field: 'Namespace' });
    return undefined;
  }
  return undefined;
}

/**
 * Beta pages carry a banner about "the /beta version" (the 2021 wording and today's Intune ones
 * all name `/beta`) or include the shared beta disclaimer (`[!INCLUDE [beta-disclaimer](...)]`);
 * v1.0 pages carry neither.
 */
const BETA_BANNER = /\/beta\b|\[!INCLUDE\s*\[beta-disclaimer\]/i;

function pageVersion(preamble: string): ApiVersion {
  return BETA_BANNER.test(preamble) ? 'beta' : 'v1.0';
}
