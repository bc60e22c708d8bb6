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
  let inExample = false;
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      sections.blocks[current].push(block);
      continue;
    }
    const name = block.text.trim().toLowerCase();
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
