import type { ApiVersion, Dialect, JsonValue, PropertyFacts } from '../foundation/contract-types.ts';

// What a doc page says, as typed data, before any schema is derived from it.

export interface PageProperty extends PropertyFacts {
  line: number;
}

export interface PagePermissions {
  delegatedWork: string[];
  delegatedPersonal: string[];
  application: string[];
}

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

export interface ParsedPage {
  file: string;
  dialect: Dialect;
  title: string;
  resource: string;
  namespace: string | undefined;
  /** The version the page itself claims (the beta banner, or the folder), when it says. */
  pageVersion: ApiVersion | undefined;
  permissions: PagePermissions | undefined;
  /** The permissions table's first line, when there is one. */
  permissionsLine?: number;
  paths: PagePath[];
  requestHeaders: string[];
  properties: PageProperty[];
  exampleRequest: PageHttpMessage | undefined;
  exampleResponse: PageHttpMessage | undefined;
}
