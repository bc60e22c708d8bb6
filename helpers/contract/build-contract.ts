import type { ApiVersion, Contract, DocDefect, JsonObject, JsonValue } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import type { PageHttpMessage, PagePath, PageProperty, ParsedPage } from '../parse/page-model.ts';
import { pathTemplateToRegExp } from '../foundation/path-template.ts';
import { ProblemLog, type PageProblem } from '../foundation/diagnostics.ts';
import type { BodyValidator } from './body-validator.ts';
import { echoRules } from './echo-rules.ts';
import { parseExampleUrl, parseStatusLine } from './example-url.ts';
import { echoMismatches, placeholderFields } from './example-consistency.ts';
import { reconcileExamples } from './example-validation.ts';
import { applyModelFacts } from './apply-model-facts.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';

export interface BuildInput {
  page: ParsedPage;
  /** Page path relative to the folder being built, `/`-separated. */
  file: string;
  sha256: string;
  /** Defects the parser already found; they end up in the contract beside the builder's own. */
  parseProblems: PageProblem[];
  /** Facts from service models (`build --metadata`); none: the contract is the page's alone. */
  modelFacts?: readonly ModelFacts[];
}

export interface BuildResult {
  contract: Contract | undefined;
  problems: PageProblem[];
}

/** Parsed page -> contract. Pure but for the shared validator, which only caches compiled schemas. */
export function buildContract({ page, file, sha256, parseProblems, modelFacts = [] }: BuildInput, validate: BodyValidator): BuildResult {
  const log = new ProblemLog(file);
  log.problems.push(...parseProblems);
  const request = page.exampleRequest;
  const response = page.exampleResponse;
  const url = request ? parseExampleUrl(request.startLine) : undefined;
  const status = response ? parseStatusLine(response.startLine) : undefined;
  if (request && !url) log.fatal('NO_EXAMPLE_REQUEST', `example request starts "${request.startLine}": expected "POST https://graph.microsoft.com/{version}/..."`, { line: request.line });
  if (response && status === undefined) log.fatal('BAD_STATUS_LINE', `example response starts "${response.startLine}": expected "HTTP/1.1 201 Created"`, { line: response.line });
  const requestBody = jsonObject(request, 'request', log);
  const responseBody = jsonObject(response, 'response', log);
  if (!request || !response || !url || status === undefined || !requestBody || !responseBody || log.hasFatal) {
    return { contract: undefined, problems: log.problems };
  }
  if (!Object.hasOwn(responseBody, 'id')) {
    log.fatal('NO_RESPONSE_ID', 'the example 201 response has no "id": a create must return the new entity with its id', { line: response.bodyLine });
    return { contract: undefined, problems: log.problems };
  }
  if (url.version && page.pageVersion && url.version !== page.pageVersion) {
    log.defect('VERSION_MISMATCH', `the page is a ${page.pageVersion} page but its example URL calls ${url.version}; the contract follows the URL`, { line: request.line });
  }
  const folder = folderVersion(file);
  const called = url.version ?? page.pageVersion;
  if (folder && called && folder !== called) {
    log.defect('FOLDER_VERSION_MISMATCH', `the page is filed under ${folder}/ but its example request calls /${called}/; the contract follows the example (${called}), so a ${folder} model check does not see it`, { line: request.line, field: 'request URL' });
  }
  if (!url.version) {
    const given = url.unknownVersion ? `version segment "/${url.unknownVersion}/"` : 'no version segment';
    log.defect('UNKNOWN_API_VERSION', `the example URL has ${given}: expected /beta/ or /v1.0/; the contract follows the page (${page.pageVersion ?? 'v1.0'})`, { line: request.line, field: 'request URL' });
  }
  reportPathMismatch(page.paths, url.path, request.line, log);
  reportUndocumented(page.properties, { request: requestBody, response: responseBody }, { request, response }, log);
  for (const field of placeholderFields(requestBody)) {
    log.defect('PLACEHOLDER_VALUE', 'the example request holds a generator placeholder instead of a value', { field, line: request.bodyLine });
  }
  const examples = { request: requestBody, response: responseBody };
  const apiVersion = url.version ?? page.pageVersion ?? 'v1.0';
  const namespace = page.namespace ?? odataNamespace(requestBody) ?? 'microsoft.graph';
  const entityTypes = [odataType(requestBody), odataType(responseBody), `${namespace}.${page.resource}`].filter((name): name is string => name !== undefined);
  const fromModel = applyModelFacts(page.properties, entityTypes, apiVersion, modelFacts);
  const { properties, schemas } = reconcileExamples(validate, fromModel.properties, examples, log, { request: request.bodyLine, response: response.bodyLine });
  if (log.hasFatal) return { contract: undefined, problems: log.problems };

  const echo = echoRules(properties, requestBody, responseBody);
  const mismatched = new Set(echoMismatches(echo.equal, requestBody, responseBody));
  for (const field of mismatched) {
    log.defect('ECHO_EXAMPLE_MISMATCH', 'the example response returns a different value than the example request sent; not asserted as echoed', { field, line: response.bodyLine });
  }
  if (mismatched.size > 0) echo.equal = echo.equal.filter((name) => !mismatched.has(name));
  const contract: Contract = {
    contractFormat: 1,
    source: {
      file,
      sha256,
      dialect: page.dialect,
      lines: {
        paths: page.paths.map((path) => path.line),
        properties: properties.map((property) => property.line),
        exampleRequest: request.line,
        exampleResponse: response.line,
        ...(page.permissionsLine === undefined ? {} : { permissions: page.permissionsLine }),
      },
    },
    apiVersion,
    namespace,
    resource: page.resource,
    operation: {
      method: 'POST',
      paths: page.paths.map((path) => path.template),
      pathParameters: [...new Set(page.paths.flatMap((path) => path.parameters))],
    },
    permissions: page.permissions ?? { delegatedWork: [], delegatedPersonal: [], application: [] },
    requestHeaders: page.requestHeaders,
    properties: properties.map(({ line: _line, ...facts }) => facts),
    request: {
      example: { method: url.method, url: url.url, path: url.path, headers: request.headers, body: requestBody },
      schema: schemas.request,
    },
    response: { status, example: { headers: response.headers, body: responseBody }, schema: schemas.response },
    echo,
    docDefects: log.problems.map(toDocDefect),
    ...(fromModel.fromModel ? { fromModel: fromModel.fromModel } : {}),
  };
  return { contract, problems: log.problems };
}

function jsonObject(message: PageHttpMessage | undefined, what: string, log: ProblemLog): JsonObject | undefined {
  if (!message) return undefined;
  const body: JsonValue | undefined = message.body;
  if (isJsonObject(body)) return body;
  if (body !== undefined || !log.hasFatal) {
    log.fatal('BAD_EXAMPLE_JSON', `example ${what} has no JSON object body`, { line: message.bodyLine });
  }
  return undefined;
}

/** Properties an example sends or returns that the table does not list, each at its body's line. */
function reportUndocumented(properties: PageProperty[], bodies: Record<'request' | 'response', JsonObject>, messages: Record<'request' | 'response', PageHttpMessage>, log: ProblemLog): void {
  const documented = new Set(properties.map((property) => property.name));
  for (const what of ['request', 'response'] as const) {
    for (const name of Object.keys(bodies[what])) {
      if (name.startsWith('@odata.') || documented.has(name)) continue;
      const verb = what === 'request' ? 'sends' : 'returns';
      log.defect('UNDOCUMENTED_PROPERTY', `the example ${what} ${verb} a property the property table does not list; its schema is left open`, { field: name, line: messages[what].bodyLine });
    }
  }
}

/**
 * The example must call one of the documented paths (parameters filled with any value; Graph's
 * path segments are case-insensitive). Otherwise one of the two is wrong, and the page does not
 * say which: both lines are named.
 */
function reportPathMismatch(paths: PagePath[], examplePath: string, line: number, log: ProblemLog): void {
  if (paths.length === 0 || paths.some((path) => pathMatcher(path.template).test(examplePath))) return;
  log.defect('EXAMPLE_PATH_MISMATCH', `the example URL path "${examplePath}" matches none of the documented POST paths (${paths.map((path) => path.template).join(', ')}); the contract tests the documented paths`, { line, field: 'request URL', related: paths.map((path) => path.line) });
}

function pathMatcher(template: string): RegExp {
  return new RegExp(pathTemplateToRegExp(template).source, 'i');
}

function odataType(body: JsonObject): string | undefined {
  const type = body['@odata.type'];
  return typeof type === 'string' && type.length > 1 ? type.replace(/^#/, '') : undefined;
}

function odataNamespace(body: JsonObject): string | undefined {
  const type = Object.hasOwn(body, '@odata.type') ? body['@odata.type'] : undefined;
  return typeof type === 'string' ? /^#?(.+)\.[^.]+$/.exec(type)?.[1] : undefined;
}

/** Lines are left out: they differ between a page's dialects, and the contract must not. */
function toDocDefect(problem: PageProblem): DocDefect {
  return problem.field ? { code: problem.code, field: problem.field, message: problem.message } : { code: problem.code, message: problem.message };
}

/** The API version a page's folder names (`v1.0/intune-x-create.md`, `api-reference/beta/api/...`), if any. */
function folderVersion(file: string): ApiVersion | undefined {
  const segments = file.split('/').slice(0, -1);
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index];
    if (segment === 'beta' || segment === 'v1.0') return segment;
  }
  return undefined;
}
