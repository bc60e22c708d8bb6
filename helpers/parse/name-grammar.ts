// The grammars of the names a page states: an OData identifier (the created resource), a
// namespace, a permission, a URL path segment. A name is taken whole or not at all: reading only
// its valid prefix (a title "Create managedAppLog" followed by U+202E) would yield a contract for
// another resource without a word said, so callers report the first character that breaks the
// grammar instead.

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const QUALIFIED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/**
 * `DeviceManagementApps.ReadWrite.All`: a scope, then dot-separated parts. Graph has
 * hyphenated scopes (`User-LifeCycleInfo.ReadWrite.All`) and ones that start in lower case
 * (`eDiscovery.Read.All`).
 */
export const PERMISSION_NAME = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+)+$/;
const SEGMENT_NAME = String.raw`\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;
const SEGMENT_PARAMETER = String.raw`\{[A-Za-z_][A-Za-z0-9_.-]*\}`;
/** A key or argument value: `'literal'` (a `{parameter}` may sit inside), `{parameter}`, a number, an `@alias`. */
const SEGMENT_VALUE = String.raw`(?:'[^'/]*'|${SEGMENT_PARAMETER}|-?\d+(?:\.\d+)?|@[A-Za-z_][A-Za-z0-9_]*)`;
const SEGMENT_ARGUMENT = String.raw`(?:[A-Za-z_][A-Za-z0-9_]*=)?${SEGMENT_VALUE}`;
/**
 * `deviceManagement`, `microsoft.graph.fancyGadget`, `{gadgetId}`, `$ref`; OData's other
 * segments as hand-written pages use them: a function call `range(address='{address}')`, an
 * alternate key `roleTemplateId={roleTemplateId}`, and path-based addressing `root:` `{item-path}:`.
 */
export const PATH_SEGMENT = new RegExp(
  String.raw`^(?:${SEGMENT_NAME}(?:\((?:${SEGMENT_ARGUMENT}(?:,${SEGMENT_ARGUMENT})*)?\)|=${SEGMENT_VALUE})?|${SEGMENT_PARAMETER}):?$`,
);

const MAX_NAME = 256;

/** Where a name leaves its grammar, for the message: `U+202E at 14`. */
export function firstBadCharacter(name: string, grammar: RegExp): string {
  if (name.length > MAX_NAME) return `${name.length} characters (at most ${MAX_NAME})`;
  for (let end = 1; end <= name.length; end++) {
    // The longest prefix still completable: a bad character makes every longer prefix fail too.
    if (!couldStart(name.slice(0, end), grammar)) return describeCharacter(name, end - 1);
  }
  return 'an incomplete name';
}

/** A prefix is fine while adding letters could still complete it (cheap for these grammars). */
function couldStart(prefix: string, grammar: RegExp): boolean {
  return ['', 'a', 'A', 'a}', '.a', 'a.a'].some((tail) => grammar.test(prefix + tail));
}

function describeCharacter(name: string, index: number): string {
  const code = name.codePointAt(index) ?? 0;
  return `character ${codePointLabel(code)} at position ${index + 1}`;
}

export function codePointLabel(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0x21 && code <= 0x7e ? `"${String.fromCodePoint(code)}" (${hex})` : hex;
}
