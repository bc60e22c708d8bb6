import { parse as parseYaml, YAMLError } from 'yaml';
import type { ProblemLog } from '../foundation/diagnostics.ts';

export interface FrontMatter {
  title?: string;
  /** Line of the `title:` key, where a defect of the title is reported. */
  titleLine?: number;
  /** Lines the front matter takes, so the markdown after it keeps its real line numbers. */
  lineCount: number;
  body: string;
}

export function splitFrontMatter(text: string, log: ProblemLog): FrontMatter {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { lineCount: 0, body: text };
  const lineCount = match[0].split('\n').length - 1;
  const body = text.slice(match[0].length);
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    const title = data && typeof data === 'object' && 'title' in data ? String(data.title) : undefined;
    if (title === undefined) return { lineCount, body };
    const titleIndex = (match[1] ?? '').split('\n').findIndex((line) => line.startsWith('title:'));
    return { title, lineCount, body, ...(titleIndex >= 0 ? { titleLine: titleIndex + 2 } : {}) };
  } catch (error) {
    // The reason without yaml's own position, which counts from the front matter, not the page.
    const reason = (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)).replace(/ at line \d+, column \d+:?$/, '');
    // yaml counts lines from the front matter's first line, the page's line 2.
    const yamlLine = error instanceof YAMLError ? error.linePos?.[0]?.line : undefined;
    log.defect('BAD_FRONT_MATTER', `front matter is not valid YAML (${reason}); the title is taken from the heading`, { line: 1 + (yamlLine ?? 1) });
    return { lineCount, body };
  }
}
