import type { Block, TableBlock } from './page-blocks.ts';
import type { PagePermissions } from './page-model.ts';
import type { ProblemLog } from '../foundation/diagnostics.ts';
import { stripInlineMarkdown } from './inline-text.ts';
import { firstBadCharacter, PERMISSION_NAME } from './name-grammar.ts';

const ROW_KEYS: Array<[RegExp, keyof PagePermissions]> = [
  [/^delegated \(work or school account\)/i, 'delegatedWork'],
  [/^delegated \(personal microsoft account\)/i, 'delegatedPersonal'],
  [/^application\b/i, 'application'],
];

/** What a permission looks like inside a longer word; a word holding one must be one, whole. */
const LOOKS_LIKE_PERMISSION = /[A-Z][A-Za-z]+\.[A-Za-z]/;
/** Words are split at spaces, commas, semicolons and parentheses; a final period ends a sentence. */
const WORD_BREAK = /[\s,;()]+/;

/**
 * Permissions per type, least to most privileged (pages that list them most-first are reversed).
 * Some pages split a type into scenario sub-rows ("Device management", "Policy Set") under an
 * empty type row; their permissions belong to the type above them.
 */
export function parsePermissionsTable(blocks: Block[], log: ProblemLog): PagePermissions | undefined {
  const table = findPermissionsTable(blocks);
  if (!table) {
    log.defect('NO_PERMISSIONS_TABLE', 'no permissions table: expected a "Permission type | Permissions" table under Permissions or Prerequisites; the contract lists no permissions');
    return undefined;
  }
  const mostFirst = table.header.some((cell) => /from most to least/i.test(cell));
  const permissions: PagePermissions = { delegatedWork: [], delegatedPersonal: [], application: [] };
  const seen = { delegatedWork: new Set<string>(), delegatedPersonal: new Set<string>(), application: new Set<string>() };
  let current: keyof PagePermissions | undefined;
  for (const row of table.rows) {
    const label = stripInlineMarkdown(row.cells[0] ?? '');
    const key = ROW_KEYS.find(([pattern]) => pattern.test(label))?.[1];
    const text = stripInlineMarkdown(key ? row.cells.slice(1).join(' ') : row.cells.join(' '));
    if (key) current = key;
    if (!current) {
      log.defect('BAD_PERMISSION_ROW', `row "${label}" comes before any permission type: expected Delegated (work or school account), Delegated (personal Microsoft account) or Application`, { line: row.line });
      continue;
    }
    for (const name of permissionNames(text, row.line, log)) {
      if (seen[current].has(name)) continue;
      seen[current].add(name);
      permissions[current].push(name);
    }
  }
  if (mostFirst) for (const key of Object.keys(permissions) as Array<keyof PagePermissions>) permissions[key].reverse();
  return permissions;
}

/** The permissions table's first line: where a change of permissions is shown on the page. */
export function permissionsTableLine(blocks: Block[]): number | undefined {
  return findPermissionsTable(blocks)?.line;
}

function findPermissionsTable(blocks: Block[]): TableBlock | undefined {
  return blocks.find((block): block is TableBlock => block.kind === 'table' && /permission type/i.test(stripInlineMarkdown(block.header[0] ?? '')));
}

/**
 * The permission names of a cell. A word that holds a permission but is not one whole (a NUL or
 * U+FFFD inside it) is reported, never cut into the valid pieces around the bad character.
 */
function permissionNames(text: string, line: number, log: ProblemLog): string[] {
  const names: string[] = [];
  for (const word of text.split(WORD_BREAK)) {
    const name = word.replace(/\.$/, '');
    if (!LOOKS_LIKE_PERMISSION.test(name)) continue;
    if (PERMISSION_NAME.test(name)) names.push(name);
    else log.fatal('BAD_PERMISSION_NAME', `"${name}" is not a permission name (${firstBadCharacter(name, PERMISSION_NAME)}): expected e.g. "DeviceManagementApps.ReadWrite.All"`, { line, field: 'Permissions' });
  }
  return names;
}
