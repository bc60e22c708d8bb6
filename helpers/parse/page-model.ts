import type { ApiVersion, Dialect, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';
import type { PageProblem } from '../foundation/diagnostics.ts';

// What a doc page says, as typed data, before any schema is derived from it.

export interface PageProperty extends PropertyFacts {
  line: number;
  /** The page the row is on, when it is not the create page: the resource page it links to. */
  file?: string;
}

export interface PagePermissions {
  delegatedWork: string[];
  delegatedPersonal: string[];
  application: string[];
}

/** The table line of each permission, per type, in the order of PagePermissions. */
export type PagePermissionLines = Record<keyof PagePermissions, number[]>;

export interface PagePath {
  template: string;
  parameters: string[];
  line: number;
}

export interface PageHttpMessage {
  /** `POST https://...` or `HTTP/1.1 201 Created`. */
  startLine: string;
  headers: Record<string, string>;
  body: JsonValue | undefined;
  line: number;
  bodyLine: number;
}

/** One documented example: a request, the response shown for it, and what the docs note about them. */
export interface PageExample {
  /** The docs' annotation name of the request (`create_prepopulated_group`), when it has one. */
  name?: string;
  /** The heading the example sits under (`Example 2: Create a security group`), when it has one. */
  heading?: string;
  request: PageHttpMessage;
  response: PageHttpMessage | undefined;
  /** The response's annotation says the body is shortened: a property it does not show is not missing. */
  truncated: boolean;
  /** The type the response's annotation names (`microsoft.graph.group`), without `#`. */
  odataType?: string;
  /** What is wrong with this example alone; the page's other examples can still build. */
  problems: PageProblem[];
}

/** Where the request body sends its reader for the properties: a link to the resource's page. */
export interface ResourceLink {
  /** As written on the page, relative to it: `../resources/application.md`. */
  target: string;
  line: number;
}

export interface ParsedPage {
  file: string;
  dialect: Dialect;
  title: string;
  resource: string;
  namespace: string | undefined;
  /** The version the page itself claims (the beta banner, or the folder), when it says. */
  pageVersion: ApiVersion | undefined;
  permissions: PagePermissions | undefined;
  /** Where each permission is in the permissions table; absent without one. */
  permissionLines?: PagePermissionLines;
  paths: PagePath[];
  requestHeaders: string[];
  /** The rows of the Request body's own table (none when it has none). */
  properties: PageProperty[];
  /** The resource page the request body links to, when it has no table of its own. */
  resourceLink?: ResourceLink;
  /** In page order; at least one (a page without any does not parse). */
  examples: PageExample[];
}
