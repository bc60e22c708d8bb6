import type { ApiVersion } from '../foundation/contract-types.ts';
import type { Block } from './page-blocks.ts';
import type { PageExample, ParsedPage } from './page-model.ts';
import { ProblemLog, type PageProblem, type ProblemCode } from '../foundation/diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { detectDialect } from './detect-dialect.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { boundMarkupNesting } from './markup-nesting.ts';
import { textBlocks } from './text-blocks.ts';
import { pageSections, type PageSections, type SectionName } from './page-sections.ts';
import { parsePermissionsTable, permissionLines } from './permissions-table.ts';
import { parseHttpPaths } from './http-paths.ts';
import { parseRequestHeaders } from './request-headers.ts';
import { parsePropertiesTable } from './properties-table.ts';
import { findExamples } from './page-examples.ts';
import { findResourceLink } from './resource-link.ts';
import { readTitle, type TitleReading } from './page-title.ts';
import { exampleAnnotation } from './doc-annotation.ts';
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
  const reading = readTitle(title);
  if (reading.kind === 'not-create') {
    log.fatal('NOT_A_CREATE_PAGE', `title "${title}" names another operation ("${reading.verb}"): expected "Create <resourceType>" or an operation whose example creates`, { line: titleLine });
    return { page: undefined, problems: log.problems };
  }
  if (reading.kind === 'operation' && !blocks.some(isPostExample)) {
    log.fatal('NOT_A_CREATE_PAGE', `title "${title}" does not name a created resource and the page shows no POST example: expected "Create <resourceType>"`, { line: titleLine });
    return { page: undefined, problems: log.problems };
  }
  const resource = createdResource(reading, annotatedResponseType(blocks), titleLine, log);
  const preambleText = sections.blocks.preamble.map((block) => (block.kind === 'text' ? block.text : '')).join('\n');
  const namespace = pageNamespace(sections.blocks.preamble, log);
  const permissions = parsePermissionsTable(sections.blocks.permissions, log);
  const paths = parseHttpPaths(httpRequestBlocks(sections, log), log);
  const requestHeaders = parseRequestHeaders(sections.blocks.requestHeaders);
  const table = parsePropertiesTable(sections.blocks.requestBody, log);
  const definitions = new Map(blocks.flatMap((block) => (block.kind === 'linkDefinition' ? [[block.label, block.target] as const] : [])));
  const resourceLink = table ? undefined : findResourceLink(sections.blocks.requestBody, resource, definitions);
  if (!table && !resourceLink) {
    log.defect('NO_PROPERTY_TABLE', 'no "Property | Type | Description" table in the Request body section, and no link to the resource page that lists the properties; the property schemas are left open');
  }
  const examples = findExamples(file, blocks, sections, log);
  const problems = allProblems(log, examples, sections, text);
  if (!resource) return { page: undefined, problems };
  const page: ParsedPage = {
    file, dialect, title, resource, namespace,
    pageVersion: pageVersion(preambleText),
    permissions, paths, requestHeaders,
    properties: table ?? [],
    ...(resourceLink ? { resourceLink } : {}),
    examples,
  };
  const lines = permissionLines(sections.blocks.permissions, page.permissions);
  if (lines) page.permissionLines = lines;
  return { page, problems };
}

/** The page's own problems, then each example's, every missing part placed at its section. */
function allProblems(log: ProblemLog, examples: PageExample[], sections: PageSections, text: string): PageProblem[] {
  const problems = [...log.problems, ...examples.flatMap((example) => example.problems)];
  placeMissingParts(problems, sections, lineCount(text));
  return problems;
}

/**
 * The created type: the docs' annotation names it exactly (`microsoft.graph.group`); else the
 * title's "Create X", taken whole or reported; else the operation's type, as a title names it.
 */
function createdResource(reading: TitleReading, annotatedType: string | undefined, titleLine: number, log: ProblemLog): string | undefined {
  const fromAnnotation = annotatedType?.split('.').pop();
  if (fromAnnotation && IDENTIFIER.test(fromAnnotation)) return fromAnnotation;
  const resource = reading.kind === 'not-create' ? undefined : reading.resource;
  if (reading.kind === 'create' && !IDENTIFIER.test(reading.resource)) {
    log.fatal('BAD_IDENTIFIER', `the title's resource "${reading.resource}" is not an identifier (${firstBadCharacter(reading.resource, IDENTIFIER)}): expected letters, digits and _`, { line: titleLine, field: 'title' });
  }
  if (resource === undefined) {
    log.fatal('NOT_A_CREATE_PAGE', 'the page names no created resource: expected a title "Create <resourceType>" or an example response annotated with its "@odata.type"', { line: titleLine });
  }
  return resource;
}

/**
 * The HTTP request section's blocks. A page that lost the heading still shows its `POST /...`
 * block above the examples: read from there, a defect at its line.
 */
function httpRequestBlocks(sections: PageSections, log: ProblemLog): Block[] {
  if (sections.headingLines.httpRequest !== undefined) return sections.blocks.httpRequest;
  const above = [...sections.blocks.preamble, ...sections.blocks.permissions];
  const found = above.find((block) => block.kind === 'code' && block.lines.some((line) => /^POST\s+\//.test(line.trim())));
  if (!found) return sections.blocks.httpRequest;
  log.defect('POST_PATH_OUTSIDE_SECTION', 'the POST path is not under an "HTTP request" heading (the page has none); read from where it is', { line: found.line });
  return [found];
}

/** The `@odata.type` the page's first annotated example response names. */
function annotatedResponseType(blocks: Block[]): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'annotation') continue;
    const annotation = exampleAnnotation(block.data);
    if (annotation.blockType === 'response' && annotation.odataType) return annotation.odataType;
  }
  return undefined;
}

/** A code block whose first line is a POST request. */
function isPostExample(block: Block): boolean {
  return block.kind === 'code' && /^POST\s+(?:https?:\/\/|\/)/i.test(block.lines.find((line) => line.trim() !== '')?.trim() ?? '');
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
