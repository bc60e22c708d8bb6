// Every coded problem the project reports, as data: one row per code with its stage, its
// section of the page (where it has one), whether it is fatal, and a one-line meaning. The
// docs/errors.md's table is generated from these rows (npm run docs), so a code cannot
// be added, renamed or re-classed without the documentation following.
export interface PageProblemRule {
  /** Fatal problems stop the page's contract; the others are recorded as doc defects. */
  fatal: boolean;
  /** The page section the problem is about, printed in `page:line > section > field`. */
  section?: string;
  meaning: string;
}

export const PAGE_PROBLEMS = {
  NOT_A_CREATE_PAGE: { fatal: true, meaning: 'the file is not a "Create X" page (a README, a list page): skipped and counted' },
  UNREADABLE_PAGE: { fatal: true, meaning: 'the page could not be read or parsed at all' },
  BAD_FRONT_MATTER: { fatal: false, section: 'Front matter', meaning: 'the YAML front matter does not parse; the page is read without it' },
  NO_POST_PATH: { fatal: true, section: 'HTTP request', meaning: 'no `POST /...` line in the HTTP request section' },
  BROKEN_POST_PATH: { fatal: true, section: 'HTTP request', meaning: 'a `POST` line that is not a path (`POST ** Collection URI for ... not found`)' },
  NO_PROPERTY_TABLE: { fatal: false, section: 'Properties', meaning: 'no property table in the Request body section, and no link to the resource page that lists the properties: the contract is built from the examples, its property schemas left open (with `--metadata` the model types the fields the examples use)' },
  RESOURCE_PAGE_NOT_FOUND: { fatal: false, section: 'Request body', meaning: 'the request body links to a resource page for its properties (`../resources/x.md`, resolved relative to the page), and the page is not there or has no property table; the message names the link; the properties are left open (the model fills those the examples use, with `--metadata`)' },
  BAD_PROPERTY_ROW: { fatal: false, section: 'Properties', meaning: 'a property-table row that cannot be read; the row is left out' },
  NO_PERMISSIONS_TABLE: { fatal: false, section: 'Permissions', meaning: 'no permissions table; the contract lists no permission' },
  BAD_PERMISSION_ROW: { fatal: false, section: 'Permissions', meaning: 'a permissions-table row that cannot be read' },
  NO_EXAMPLE_REQUEST: { fatal: true, section: 'Example request', meaning: 'no example request, or one that does not start `POST https://graph.microsoft.com/{version}/...`' },
  NO_EXAMPLE_RESPONSE: { fatal: true, section: 'Example response', meaning: 'no example response' },
  BAD_EXAMPLE_JSON: { fatal: true, section: 'Example', meaning: 'an example body that is not a JSON object' },
  BAD_STATUS_LINE: { fatal: true, section: 'Example response', meaning: 'the example response does not start `HTTP/1.1 <status> ...`' },
  NO_RESPONSE_ID: { fatal: true, section: 'Example response', meaning: 'the example `201` response has no `id`' },
  EXAMPLE_VIOLATES_SCHEMA: { fatal: true, section: 'Example', meaning: 'an example value of the wrong JSON type or shape' },
  EXAMPLE_CONTRADICTS_TABLE: { fatal: false, section: 'Example', meaning: 'an example breaks a documented enum or range; the schemas stop asserting that one constraint, which stays in the property\'s facts under `relaxed`' },
  VERSION_MISMATCH: { fatal: false, section: 'Example request', meaning: 'the page and its example URL name different versions; the URL wins' },
  UNDOCUMENTED_PROPERTY: { fatal: false, section: 'Example', meaning: 'an example request sends, or an example response returns, a property the table does not list; its schema is left open' },
  PLACEHOLDER_VALUE: { fatal: false, section: 'Example request', meaning: 'the example holds a placeholder instead of a value (`<Unknown Primitive Type Edm.X>`; a type name such as `"Boolean"` or `"datetime-value"` where the property\'s type wants a value): a typed one is left out of the contract\'s example' },
  ECHO_EXAMPLE_MISMATCH: { fatal: false, section: 'Example response', meaning: 'the example response returns a different value than the request sent; not asserted as echoed' },
  BAD_IDENTIFIER: { fatal: true, meaning: 'the title\'s resource or the `Namespace:` line is not a whole name (a U+202E after `managedAppLog` once gave `resource: "managedAppLog"`)' },
  BAD_PERMISSION_NAME: { fatal: true, section: 'Permissions', meaning: 'a word of the permissions table that holds a permission but is not one whole (`Apps.Read<NUL>Write.All` was read as two permissions)' },
  BAD_PATH_SEGMENT: { fatal: true, section: 'HTTP request', meaning: 'a `POST` path segment that is none of a name (`deviceManagement`, `microsoft.graph.x`), a `{parameter}` (`{id | userPrincipalName}` reads as `{id}`), a function call (`range(address=\'{address}\')`), an alternate key (`roleTemplateId={roleTemplateId}`) or a path-based segment (`root:`, `{item-path}:`): U+FFFD, `|`, an unclosed `{`' },
  POST_PATH_AS_URL: { fatal: false, section: 'HTTP request', meaning: 'a `POST` line gives a full URL (`https://graph.microsoft.com/beta/sites/{site-id}/lists`) where the path belongs; read as its path after the version' },
  POST_PATH_WITHOUT_SLASH: { fatal: false, section: 'HTTP request', meaning: 'a `POST` path without its leading `/` (`policies/tokenLifetimePolicies`); read with it' },
  POST_PATH_OUTSIDE_SECTION: { fatal: false, section: 'HTTP request', meaning: 'the page has no "HTTP request" heading; its `POST /...` block above the examples is read as the section' },
  POST_PATH_ELIDED: { fatal: false, section: 'HTTP request', meaning: 'a `POST` line elides segments with `...` (`/childFolders/{id}/.../messages`): a pattern, not a path; left out, the page\'s other paths are read' },
  EMPTY_PATH_SEGMENT: { fatal: false, section: 'HTTP request', meaning: 'a `POST` path with `//` (the generator\'s gap after a single-valued navigation, `managedDevice//detectedApps`); kept as written' },
  EXAMPLE_PATH_MISMATCH: { fatal: false, section: 'Example request', meaning: 'the example URL\'s path (parameters matching any value, case-insensitive) is none of the documented `POST` paths; printed with the example\'s line and `(see lines ...)` of the paths; the contract tests the documented paths' },
  POSSIBLE_VALUES_DISAGREE: { fatal: false, section: 'Properties', meaning: 'a description gives two "Possible values" lists naming different values (a prose list, then the generated backticked one); the contract takes the backticked list (plain text: the last), not their union' },
  FOLDER_VERSION_MISMATCH: { fatal: false, section: 'Example request', meaning: 'the page is filed under one API version\'s folder (`v1.0/`, `beta/`) but its example request calls the other; the contract follows the example, so the other version\'s model check does not see it' },
  UNKNOWN_API_VERSION: { fatal: false, section: 'Example request', meaning: 'the example URL\'s version segment is not `beta` or `v1.0` (`/v1/`) or is missing; the contract takes the page\'s version, the path after the segment is still compared' },
  OUTPUT_COLLISION: { fatal: true, meaning: 'two pages would write the same contract file; neither is written' },
  EXAMPLE_TOO_DEEP: { fatal: true, section: 'Example', meaning: 'an example body nests deeper than 64 levels (foundation/json-depth.ts); refused before parsing, at the line where it goes too deep' },
  MARKUP_TOO_DEEP: { fatal: true, meaning: 'a markdown line opens more than 32 nested blockquote or list levels (parse/markup-nesting.ts); refused before marked, whose recursion it would exhaust' },
  UNWRITABLE_CONTRACT: { fatal: true, meaning: 'the page built but its contract file could not be written (the message names the file and the system error)' },
} as const satisfies Record<string, PageProblemRule>;

export type ProblemCode = keyof typeof PAGE_PROBLEMS;

/** The rule of `code`, typed as the general shape (every row has the same fields). */
export function pageProblemRule(code: ProblemCode): PageProblemRule {
  return PAGE_PROBLEMS[code];
}
