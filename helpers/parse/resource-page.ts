import type { PageProperty } from './page-model.ts';
import type { Block } from './page-blocks.ts';
import { ProblemLog, type PageProblem } from '../foundation/diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { boundMarkupNesting } from './markup-nesting.ts';
import { parsePropertiesTable } from './properties-table.ts';

// A resource page (`resources/application.md`) lists the type's properties under "Properties":
// the facts a create page leaves to it. Read with the same table reader as a create page's own
// table, so a row means the same wherever it is; each property keeps its line on this page.

export interface ResourcePage {
  file: string;
  /** Undefined when the page has no "Property | Type | Description" table. */
  properties: PageProperty[] | undefined;
  problems: PageProblem[];
}

const PROPERTIES_HEADING = /^properties\b/i;

export function parseResourcePage(file: string, rawText: string): ResourcePage {
  const log = new ProblemLog(file);
  const frontMatter = splitFrontMatter(normalizeText(rawText), log);
  const firstLine = frontMatter.lineCount + 1;
  const blocks = markdownBlocks(boundMarkupNesting(frontMatter.body, firstLine, log), firstLine);
  const properties = parsePropertiesTable(propertiesSection(blocks), log) ?? parsePropertiesTable(blocks, log);
  return { file, properties: properties?.map((property) => ({ ...property, file })), problems: log.problems };
}

/** The blocks after the "Properties" heading; the whole page when it has none. */
function propertiesSection(blocks: Block[]): Block[] {
  const at = blocks.findIndex((block) => block.kind === 'heading' && PROPERTIES_HEADING.test(block.text.trim()));
  return at < 0 ? [] : blocks.slice(at + 1);
}
