import type { Block, HeadingBlock } from './page-blocks.ts';
import { ownValue } from '../foundation/own-property.ts';

// Sections are found by heading name, not level: pages use `##`, `###` and `#####` alike, the
// plain text has no levels at all, and "Response" names two different sections (the response
// description, then the example response after "Example").

export type SectionName =
  | 'preamble' | 'permissions' | 'httpRequest' | 'requestHeaders' | 'requestBody'
  | 'response' | 'exampleRequest' | 'exampleResponse' | 'other';

export interface PageSections {
  title: HeadingBlock | undefined;
  blocks: Record<SectionName, Block[]>;
  /** Line of each section's first heading, and of "Example": where a missing part belongs. */
  headingLines: Partial<Record<SectionName | 'example', number>>;
}

const TOP_LEVEL: Record<string, SectionName> = {
  permissions: 'permissions',
  prerequisites: 'permissions',
  'http request': 'httpRequest',
  'request headers': 'requestHeaders',
  'request body': 'requestBody',
};

/**
 * Hand-written pages show each example in tabs, one per language: `# [HTTP](#tab/http)`, then
 * `# [C#](#tab/csharp)` holding `[!INCLUDE ...]` lines (which `---` below turns into a setext
 * heading). Neither is a section: the tab's blocks stay in the section around it.
 */
const TAB_MARKER = /^\[[^\]]*\]\(#tab\/[^)]*\)$|^\[!INCLUDE\b/i;

/**
 * A deeper heading inside one of the reference sections (`### Create an extension in a new
 * resource instance` under `## HTTP request`) divides that section; it does not end it. Names
 * that are sections of their own (Request, Response, Example...) still start theirs.
 */
function isSubheading(depth: number | undefined, sectionDepth: number | undefined, section: SectionName, name: string): boolean {
  if (depth === undefined || sectionDepth === undefined || depth <= sectionDepth) return false;
  if (!SUBDIVIDED.has(section) || ownValue(TOP_LEVEL, name) !== undefined) return false;
  return !/^(?:examples?|request|response)\b/.test(name);
}

const SUBDIVIDED = new Set<SectionName>(['permissions', 'httpRequest', 'requestHeaders', 'requestBody', 'response']);

export function isTabMarker(heading: string): boolean {
  return TAB_MARKER.test(heading.trim());
}

export function pageSections(blocks: Block[]): PageSections {
  const sections: PageSections = {
    title: undefined,
    blocks: {
      preamble: [], permissions: [], httpRequest: [], requestHeaders: [], requestBody: [],
      response: [], exampleRequest: [], exampleResponse: [], other: [],
    },
    headingLines: {},
  };
  let current: SectionName = 'preamble';
  let currentDepth: number | undefined;
  let inExample = false;
  for (const block of blocks) {
    if (block.kind === 'heading' && isTabMarker(block.text)) continue;
    if (block.kind !== 'heading') {
      sections.blocks[current].push(block);
      continue;
    }
    const name = block.text.trim().toLowerCase();
    if (isSubheading(block.depth, currentDepth, current, name)) continue;
    currentDepth = block.depth;
    if (!sections.title) {
      sections.title = block;
      current = 'preamble';
    } else if (/^examples?\b/.test(name)) {
      inExample = true;
      current = 'other';
      sections.headingLines.example ??= block.line;
    } else if (inExample && /^request\b/.test(name)) current = 'exampleRequest';
    else if (inExample && /^response\b/.test(name)) current = 'exampleResponse';
    else if (name === 'response') current = 'response';
    else current = ownValue(TOP_LEVEL, name) ?? 'other'; // a heading "constructor" is not a section
    if (block !== sections.title) sections.headingLines[current] ??= block.line;
  }
  return sections;
}
