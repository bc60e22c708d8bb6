import { createHash } from 'node:crypto';
import type { Contract } from '../foundation/contract-types.ts';
import type { PageProblem } from '../foundation/diagnostics.ts';
import { parsePage } from '../parse/parse-page.ts';
import { buildContract } from './build-contract.ts';
import type { BodyValidator } from './body-validator.ts';
import { contractJson } from './contract-json.ts';
import type { ModelFacts } from '../foundation/model-facts.ts';

export type PageOutcome =
  | { status: 'built'; file: string; contract: Contract; json: string; problems: PageProblem[] }
  | { status: 'failed'; file: string; problems: PageProblem[] }
  | { status: 'skipped'; file: string; reason: string };

const utf8 = new TextDecoder('utf-8');

/** Page bytes -> contract, or the reasons there is none. A page that is not a create page is skipped. */
export function buildPage(file: string, bytes: Uint8Array, validate: BodyValidator, modelFacts: readonly ModelFacts[] = []): PageOutcome {
  const parsed = parsePage(file, utf8.decode(bytes));
  const notCreate = parsed.problems.find((problem) => problem.code === 'NOT_A_CREATE_PAGE');
  if (notCreate) return { status: 'skipped', file, reason: notCreate.message };
  if (!parsed.page || parsed.problems.some((problem) => problem.fatal)) {
    return { status: 'failed', file, problems: parsed.problems };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const built = buildContract({ page: parsed.page, file, sha256, parseProblems: parsed.problems, modelFacts }, validate);
  // Serialised here, inside the page's own outcome, so a contract that cannot be written fails
  // its page instead of the build that writes it.
  return built.contract
    ? { status: 'built', file, contract: built.contract, json: contractJson(built.contract), problems: built.problems }
    : { status: 'failed', file, problems: built.problems };
}
