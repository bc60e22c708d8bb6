import { pathParameters } from '../foundation/path-template.ts';
import type { Block } from './page-blocks.ts';
import type { PagePath } from './page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { firstBadCharacter, PATH_SEGMENT } from './name-grammar.ts';

const POST_LINE = /^POST\s+(\S.*)$/;
const PATH = /^\/[^\s?#]*$/;
/** `https://graph.microsoft.com/beta/sites/{site-id}/lists`: a URL where the path belongs. */
const GRAPH_URL = /^https?:\/\/[^/\s]+(?:\/(?:beta|v1\.0)(?=\/|$))?(\/\S*)?$/i;
/** `policies/tokenLifetimePolicies`, `{id}/x`: a path that lost its leading slash. */
const UNROOTED = /^[A-Za-z_$\{][^\s]*$/;
/** `{id | userPrincipalName}`, `{tenant id}`: a parameter as hand-written pages name it. */
const WRITTEN_PARAMETER = /\{([^{}]*)\}/g;
/** `range(address='<address>')`: a placeholder in angle brackets. */
const ANGLE_PLACEHOLDER = /<([A-Za-z_][\w-]*)>/g;

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
      const written = match[1].trim();
      // `/childFolders/{id}/.../messages`: "any depth of these" is a pattern, not one path.
      if (/\/\.\.\.(?:\/|$)/.test(written)) {
        log.defect('POST_PATH_ELIDED', `POST line "${written}" elides segments with "..."; it names a pattern, not a path, and is left out`, { line });
        return;
      }
      const target = rootedPath(writtenParameters(written), line, log);
      if (target === undefined) return;
      const template = target.length > 1 ? target.replace(/\/+$/, '') : target;
      const segments = template.split('/').slice(1);
      const badSegment = segments.find((segment) => segment !== '' && !PATH_SEGMENT.test(segment));
      if (badSegment !== undefined) {
        log.fatal('BAD_PATH_SEGMENT', `POST path segment "${badSegment}" is not a name, {parameter}, key, function call or "name:" (${firstBadCharacter(badSegment, PATH_SEGMENT)}): expected "/segment/{parameterId}/..."`, { line });
        return;
      }
      // The generator writes `managedDevice//detectedApps` after a single-valued navigation:
      // the path still names one operation, so it is kept as written, and the gap reported.
      if (template.length > 1 && segments.includes('')) {
        log.defect('EMPTY_PATH_SEGMENT', 'POST path has an empty segment ("//"); kept as written', { line });
      }
      const distinct = distinctParameters(template);
      if (seen.has(distinct)) return;
      seen.add(distinct);
      paths.push({ template: distinct, parameters: pathParameters(distinct), line });
    });
  }
  if (paths.length === 0 && !log.hasFatal) {
    const other = otherMethod(blocks);
    if (other) log.fatal('NOT_A_CREATE_PAGE', `the HTTP request is "${other.text}", not POST: contracts describe POST creates`, { line: other.line });
    else log.fatal('NO_POST_PATH', 'no "POST /..." line in the HTTP Request section');
  }
  return paths;
}

/**
 * The path of a POST line: as written when it starts with `/`; from a full Graph URL, or with a
 * `/` added, when the writer slipped (a located defect, the path is still read); undefined for
 * anything else (`** Collection URI ... not found`), which is reported as no path.
 */
function rootedPath(target: string, line: number, log: ProblemLog): string | undefined {
  if (PATH.test(target)) return target;
  const url = GRAPH_URL.exec(target);
  if (url) {
    const path = url[1] ?? '/';
    if (PATH.test(path)) {
      log.defect('POST_PATH_AS_URL', `POST line "${target}" is a URL: expected a path; read as "${path}"`, { line });
      return path;
    }
  }
  if (UNROOTED.test(target) && PATH.test(`/${target}`)) {
    log.defect('POST_PATH_WITHOUT_SLASH', `POST line "${target}" does not start with "/"; read as "/${target}"`, { line });
    return `/${target}`;
  }
  log.fatal('BROKEN_POST_PATH', `POST line "${target}" is not a path: expected "POST /segment/{parameterId}/..."`, { line });
  return undefined;
}

/**
 * Parameters as a template names them: alternatives (`{id | userPrincipalName}`: either names
 * the same entity) read as the first, words joined (`{tenant id}` -> `{tenant-id}`), and
 * `<address>` placeholders as `{address}`.
 */
function writtenParameters(target: string): string {
  return target
    .replace(WRITTEN_PARAMETER, (whole, inner: string) => {
      const first = inner.split('|')[0]?.trim() ?? '';
      return first === '' ? whole : `{${first.replace(/\s+/g, '-')}}`;
    })
    .replace(ANGLE_PLACEHOLDER, '{$1}');
}

/**
 * `/groups/{id}/events/{id}/attachments` names two entities with one name: the second becomes
 * `{id2}`, so a target can give each its own value.
 */
function distinctParameters(template: string): string {
  const seen = new Set<string>();
  return template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    let unique = name;
    for (let count = 2; seen.has(unique); count++) unique = `${name}${count}`;
    seen.add(unique);
    return `{${unique}}`;
  });
}

/** The first `PUT /...` or `PATCH /...` line: a page that creates with another method than POST. */
function otherMethod(blocks: Block[]): { text: string; line: number } | undefined {
  for (const block of blocks) {
    if (block.kind !== 'code') continue;
    const index = block.lines.findIndex((text) => /^(?:PUT|PATCH)\s+\S/.test(text.trim()));
    if (index >= 0) return { text: block.lines[index]!.trim(), line: block.line + index };
  }
  return undefined;
}
