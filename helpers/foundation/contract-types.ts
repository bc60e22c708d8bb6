// The contract is the one artefact every later stage reads (specs, mock, tenant target,
// reports). It carries facts taken from a doc page, never the page's prose.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A JSON Schema 2020-12 document, kept as plain data so it can be written to disk as is. */
export type JsonSchema = { [keyword: string]: JsonValue };

export type ApiVersion = 'beta' | 'v1.0';
export type Dialect = 'md-front-matter' | 'md-legacy' | 'text';

export interface ContractSource {
  /** Page path relative to the folder it was built from, with `/` separators. */
  file: string;
  /** sha256 of the page's bytes, hex. */
  sha256: string;
  dialect: Dialect;
  /**
   * Where the facts are on the page, so a check failure or a lint finding can name the line of
   * the documented fact. Kept in `source` because lines differ between a page's dialects and
   * the rest of the contract must not. Absent in contracts built before it existed.
   */
  lines?: ContractLines;
}

export interface ContractLines {
  /** The line of each of `operation.paths`, in order. */
  paths: number[];
  /** The table row of each of `properties`, in order. */
  properties: number[];
  /** The example request's first line (`POST https://...`). */
  exampleRequest: number;
  /** The example response's status line (`HTTP/1.1 201 Created`). */
  exampleResponse: number;
  /** The permissions table's first line; absent when the page has none, and in contracts built before it was kept. */
  permissions?: number;
}

export interface ContractPermissions {
  /** Least to most privileged; empty when the page says "Not supported." */
  delegatedWork: string[];
  delegatedPersonal: string[];
  application: string[];
}

export interface ContractOperation {
  method: 'POST';
  /** Every documented path template, trailing slash removed, e.g. `/users/{usersId}/managedAppRegistrations`. */
  paths: string[];
  /** Every `{name}` placeholder over all paths, in order of first appearance. */
  pathParameters: string[];
}

export interface ExampleRequest {
  method: string;
  /** As documented, e.g. `https://graph.microsoft.com/beta/deviceAppManagement/...`. */
  url: string;
  /** The URL's path after the version segment, e.g. `/deviceAppManagement/...`. */
  path: string;
  headers: Record<string, string>;
  body: JsonObject;
}

export interface ExampleResponse {
  headers: Record<string, string>;
  body: JsonObject;
}

/** What a property table row says, as facts (no description text). */
export interface PropertyFacts {
  name: string;
  /** Type as documented, e.g. `String`, `DateTimeOffset`, `managedAppLogUploadConsent`. */
  type: string;
  collection: boolean;
  /** Set when the type is not an OData primitive (a complex or enum type). */
  referencedType?: string;
  enumValues?: string[];
  readOnly: boolean;
  minimum?: number;
  maximum?: number;
  inheritedFrom?: string;
  /**
   * Constraints the page documents but the contract's schemas do not enforce, because the page's
   * own example breaks them. `enumValues`/`minimum`/`maximum` then leave out what is listed here.
   */
  relaxed?: RelaxedConstraint[];
  /** The model declares the property's enum IsFlags: a value may combine members with commas. */
  flags?: true;
}

/** A documented fact the contract keeps as a fact but no longer asserts. */
export interface RelaxedConstraint {
  constraint: 'enum' | 'range';
  /** The documented values (enum) or bounds (range). */
  documented: string[] | { minimum?: number; maximum?: number };
  /** The doc defect that relaxed it. */
  defect: 'EXAMPLE_CONTRADICTS_TABLE';
  /** The example value that breaks it, and which example holds it. */
  contradictedBy: { example: 'request' | 'response'; value: JsonValue };
}

export interface EchoRules {
  /** Top-level request fields the service must return semantically equal. */
  equal: string[];
  /** Fields the page marks read-only, or the service owns: checked for presence and format only. */
  serverOwned: string[];
}

export interface Contract {
  contractFormat: 1;
  source: ContractSource;
  apiVersion: ApiVersion;
  namespace: string;
  /** The created resource type, e.g. `managedAppLogCollectionRequest`. */
  resource: string;
  operation: ContractOperation;
  permissions: ContractPermissions;
  /** Header names the page documents for the request (`Authorization`, `Accept`...). */
  requestHeaders: string[];
  properties: PropertyFacts[];
  request: { example: ExampleRequest; schema: JsonSchema };
  response: { status: number; example: ExampleResponse; schema: JsonSchema };
  echo: EchoRules;
  /** Non-fatal disagreements inside the page (fatal ones stop the contract from being written). */
  docDefects: DocDefect[];
  /** Present only when `build --metadata` added facts the page does not state. */
  fromModel?: ContractModelFacts;
}

export interface ContractModelFacts {
  /** The model's file name or URL. */
  model: string;
  properties: { name: string; facts: ('isFlags' | 'enumValues')[] }[];
}

export interface DocDefect {
  /** Stable machine-readable code, e.g. `EXAMPLE_VIOLATES_SCHEMA`. */
  code: string;
  /** Property or JSON pointer the defect is about, when there is one. */
  field?: string;
  line?: number;
  message: string;
}
