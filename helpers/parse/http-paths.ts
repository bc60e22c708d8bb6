import { pathParameters } from '../foundation/path-template.ts';
import type { Block } from './page-blocks.ts';
import type { PagePath } from './page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { firstBadCharacter, PATH_SEGMENT } from './name-grammar.ts';

const POST_LINE = /^POST\s+(\S.*)$/;
const PATH = /^\/[^\s?#]*$/;

/** Every `POST /path` line of the HTTP Request section, as a template with its parameters. */
export function parseHttpPaths(blocks: Block[], log: ProblemLog): PagePath[] {
  const paths: PagePath[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'code') continue;
    block.lines.forEach((text, index) => {
      const line = block.line + index;
      const match = POST_LINE.exec(text.trim());
      if (!match?.[1]) return;
      const target = match[1].trim();
      if (!PATH.test(target)) {
        log.fatal('BROKEN_POST_PATH', `POST line "${target}" is not a path: expected "POST /segment/{parameterId}/..."`, { line });
        return;
      }
      const template = target.length > 1 ? target.replace(/\/+$/, '') : target;
      const segments = template.split('/').slice(1);
      const badSegment = segments.find((segment) => segment !== '' && !PATH_SEGMENT.test(segment));
      if (badSegment !== undefined) {
        log.fatal('BAD_PATH_SEGMENT', `POST path segment "${badSegment}" is not a name or {parameter} (${firstBadCharacter(badSegment, PATH_SEGMENT)}): expected "/segment/{parameterId}/..."`, { line });
        return;
      }
      // The generator writes `managedDevice//detectedApps` after a single-valued navigation:
      // the path still names one operation, so it is kept as written, and the gap reported.
      if (template.length > 1 && segments.includes('')) {
        log.defect('EMPTY_PATH_SEGMENT', 'POST path has an empty segment ("//"); kept as written', { line });
      }
      if (seen.has(template)) return;
      seen.add(template);
      paths.push({ template, parameters: pathParameters(template), line });
    });
  }
  if (paths.length === 0 && !log.hasFatal) {
    log.fatal('NO_POST_PATH', 'no "POST /..." line in the HTTP Request section');
  }
  return paths;
}
