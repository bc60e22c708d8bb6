import type { JsonObject } from '../foundation/contract-types.ts';

// The dialect-neutral shape of a page: both markdown dialects and the plain-text rendering are
// reduced to these blocks, so the section readers are written once. Lines are 1-based.

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  line: number;
  /** 1 for `#`, 2 for `##`...; the plain text has no levels. */
  depth?: number;
}

export interface TableRow {
  /** Cell text with inline markdown still in it (links tell a referenced type from a primitive). */
  cells: string[];
  line: number;
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: TableRow[];
  line: number;
}

export interface CodeBlock {
  kind: 'code';
  lines: string[];
  /** Line of the first content line (after the fence in markdown). */
  line: number;
}

export interface TextBlock {
  kind: 'text';
  text: string;
  line: number;
}

/**
 * The docs' own machine-readable note before a code block (`<!-- { "blockType": "request",
 * "name": "create_group" } -->`): which block is an example request or response, its name, and
 * whether the response is shortened. Only comments holding a JSON object become one.
 */
export interface AnnotationBlock {
  kind: 'annotation';
  data: JsonObject;
  line: number;
}

/** `[list]: ../resources/list.md`: the target of reference-style links (`[list][]`) elsewhere on the page. */
export interface LinkDefinitionBlock {
  kind: 'linkDefinition';
  /** Lower-cased, as markdown matches labels. */
  label: string;
  target: string;
  line: number;
}

export type Block = HeadingBlock | TableBlock | CodeBlock | TextBlock | AnnotationBlock | LinkDefinitionBlock;
