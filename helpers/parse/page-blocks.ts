// The dialect-neutral shape of a page: both markdown dialects and the plain-text rendering are
// reduced to these blocks, so the section readers are written once. Lines are 1-based.

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  line: number;
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

export type Block = HeadingBlock | TableBlock | CodeBlock | TextBlock;
