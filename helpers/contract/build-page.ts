import { createHash } from 'node:crypto';
import type { Contract } from '../foundation/contract-types.ts';
import type { PageProblem } from '../foundation/diagnostics.ts';
import { parsePage } from '../parse/parse-page.ts';
import type { ParsedPage } from '../parse/page-model.ts';
import { buildContract, type DocumentedProperties } from './build-contract.ts';
import type { BodyValidator } from './body-validator.ts';
import { contractFileName, contractJson } from './contract-json.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';
import { exampleKind } from './example-kind.ts';
import { NO_RESOURCE_PAGES, resolveLink, type ResourcePages } from './resource-pages.ts';
import { exampleContractNames } from './example-names.ts';

/** One contract of a page: a page with several create examples has one per example. */
export interface BuiltContract {
  /** The contract's path without `.json`, relative to the output folder: `beta/api/group-post-groups`. */
  name: string;
  contract: Contract;
  json: string;
}

export type PageOutcome =
  | {
    status: 'built';
    file: string;
    /** The first (on most pages the only) contract of the page. */
    contract: Contract;
    json: string;
    /** Every contract of the page, the first one included. */
    contracts: BuiltContract[];
    problems: PageProblem[];
  }
  | { status: 'failed'; file: string; problems: PageProblem[] }
  | { status: 'skipped'; file: string; reason: string; kind: SkipKind };

/** `not-create`: no create page at all; `action`: its examples answer without a new entity. */
export type SkipKind = 'not-create' | 'action';

const utf8 = new TextDecoder('utf-8');
const README = /(?:^|\/)readme\.md$/i;

/**
 * Page bytes -> its contracts, or the reasons there are none. A page that is not a create page
 * is skipped, and so is an action (every example answers without a new entity). On a page with
 * several examples each create example builds on its own; the page fails only when none does.
 * `resources`: the resource pages a request body may link to for its properties.
 */
export function buildPage(file: string, bytes: Uint8Array, validate: BodyValidator, modelFacts: readonly ModelFacts[] = [], resources: ResourcePages = NO_RESOURCE_PAGES): PageOutcome {
  if (README.test(file)) return { status: 'skipped', file, reason: 'a README describes its folder; it is not a doc page', kind: 'not-create' };
  const parsed = parsePage(file, utf8.decode(bytes));
  const notCreate = parsed.problems.find((problem) => problem.code === 'NOT_A_CREATE_PAGE');
  if (notCreate) return { status: 'skipped', file, reason: notCreate.message, kind: 'not-create' };
  const page = parsed.page;
  const exampleProblems = new Set(page?.examples.flatMap((example) => example.problems));
  const pageProblems = parsed.problems.filter((problem) => !exampleProblems.has(problem));
  if (!page || pageProblems.some((problem) => problem.fatal)) return { status: 'failed', file, problems: parsed.problems };

  const kinds = page.examples.map(exampleKind);
  const creates = page.examples.filter((_example, index) => kinds[index]?.kind === 'create');
  if (creates.length === 0) {
    const action = kinds.find((kind) => kind.kind === 'action');
    if (action?.kind === 'action') return { status: 'skipped', file, reason: action.reason, kind: 'action' };
    const unsupported = kinds.find((kind) => kind.kind === 'unsupported');
    if (unsupported?.kind === 'unsupported') return { status: 'skipped', file, reason: unsupported.reason, kind: 'not-create' };
    const shown = kinds.find((kind) => kind.kind === 'error-answer');
    const reason = shown?.kind === 'error-answer' ? `no example creates: ${shown.reason}` : 'no example creates';
    return { status: 'failed', file, problems: [...pageProblems, { code: 'NO_EXAMPLE_REQUEST', fatal: true, file, line: page.examples[0]?.request.line, message: reason }] };
  }

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const documented = documentedProperties(page, resources);
  const names = exampleContractNames(contractFileName(file).replace(/\.json$/, ''), creates);
  const contracts: BuiltContract[] = [];
  const problems: PageProblem[] = [...pageProblems, ...documented.problems];
  creates.forEach((example, index) => {
    const built = buildContract({ page, example, documented, file, sha256, parseProblems: [...pageProblems, ...documented.problems, ...example.problems], modelFacts }, validate);
    problems.push(...built.problems.slice(pageProblems.length + documented.problems.length));
    // Serialised here, inside the page's own outcome, so a contract that cannot be written fails
    // its page instead of the build that writes it.
    if (built.contract) contracts.push({ name: names[index]!, contract: built.contract, json: contractJson(built.contract) });
  });
  const [first] = contracts;
  if (!first) return { status: 'failed', file, problems };
  return { status: 'built', file, contract: first.contract, json: first.json, contracts, problems };
}

/**
 * The page's own table; else the rows of the resource page its request body links to, each with
 * its line there; a link that leads nowhere is a defect naming it, and leaves the properties to
 * the model and the examples.
 */
function documentedProperties(page: ParsedPage, resources: ResourcePages): DocumentedProperties & { problems: PageProblem[] } {
  const link = page.resourceLink;
  if (page.properties.length > 0 || !link) return { properties: page.properties, problems: [] };
  const linked = resources.linkedFrom(page.file, link.target);
  if (!linked) {
    return {
      properties: [],
      linkLine: link.line,
      problems: [{ code: 'RESOURCE_PAGE_NOT_FOUND', fatal: false, file: page.file, line: link.line, field: link.target, message: `the request body links to "${link.target}" for the properties, but ${resolveLink(page.file, link.target)} is not there; the properties are left open (to the model with --metadata)` }],
    };
  }
  const problems = [...linked.problems];
  if (!linked.properties) {
    problems.push({ code: 'RESOURCE_PAGE_NOT_FOUND', fatal: false, file: page.file, line: link.line, field: link.target, message: `the request body links to "${link.target}" for the properties, but ${linked.file} has no "Property | Type | Description" table; the properties are left open` });
  }
  return { properties: linked.properties ?? [], linkLine: link.line, problems };
}
