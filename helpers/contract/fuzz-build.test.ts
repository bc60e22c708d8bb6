// A seeded mutation fuzz over the seeds and a slice of the corpus (helpers/testing/page-mutations.ts):
// whatever a page turns into, building it must end in built, failed or skipped; a failure is
// coded and placed; a built contract agrees with itself. Deterministic (fixed seed), so a
// failing mutant is reproduced by its name (seed, source page and index). `FUZZ_REPORT=1` prints the counts. One line per
// failure message is not asserted here: BAD_EXAMPLE_JSON messages are doc-fidelity's (issue 9, item 6).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPage, type PageOutcome } from './build-page.ts';
import { createAjv } from './create-ajv.ts';
import { createBodyValidator } from './body-validator.ts';
import { createSchemaValidator } from './compile-schema.ts';
import type { Contract } from '../foundation/contract-types.ts';
import { pathParameters } from '../foundation/path-template.ts';
import { answerRequest } from '../targets/mock/answer-request.ts';
import { MockRoutes } from '../targets/mock/mock-routes.ts';
import { mutatePage, seededRandom, type MutatedPage } from '../testing/page-mutations.ts';
import { nameNeeding, SHARED_DIR, sharedData, type SharedData } from '../testing/shared-data.ts';

const SHARED = SHARED_DIR;
// The suite's run is fixed; FUZZ_SEED and FUZZ_SCALE (a multiplier) explore further by hand,
// e.g. `FUZZ_SEED=7 FUZZ_SCALE=10 FUZZ_REPORT=1 npx vitest run helpers/contract/fuzz-build.test.ts`.
const SEED = Number(process.env.FUZZ_SEED ?? 0x9e3779b9);
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1));
const MUTANTS_PER_SEED = 40 * SCALE;
const MUTANTS_PER_CORPUS_PAGE = 4;
/** Every CORPUS_STRIDE-th page of the sorted corpus: about 50 pages over its three dialects. */
const CORPUS_STRIDE = Math.max(1, Math.round(20 / SCALE));

/** What the build reports when this tool, not the page, is at fault: a crash in disguise. */
const TOOL_FAILURE_CODES = new Set(['UNREADABLE_PAGE']);
/**
 * A POST path as the corpus writes them: `/segment/{parameter}/microsoft.graph.type/...`; an
 * empty segment (`managedDevice//detectedApps`) is kept as written, with EMPTY_PATH_SEGMENT.
 */
const PATH = /^(?:\/(?:[A-Za-z0-9_.-]*|\{[A-Za-z_]\w*\}))+$/;

function pagesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function mutants(folder: string, perPage: number, stride: number, seed: number): MutatedPage[] {
  const random = seededRandom(seed);
  return pagesUnder(folder)
    .filter((_, index) => index % stride === 0)
    .flatMap((file) => mutatePage(file.slice(SHARED.length + 1), readFileSync(file), perPage, random));
}

const validate = createBodyValidator(createAjv({ allErrors: false }));
const MOCK_CLOCK = { newGuid: () => '00000000-0000-4000-8000-000000000000', nowTicks: () => 0n };
const MOCK_SCHEMAS = createSchemaValidator();

interface Verdict {
  mutant: string;
  outcome?: PageOutcome;
  crash?: string;
}

function build(mutant: MutatedPage): Verdict {
  try {
    return { mutant: mutant.name, outcome: buildPage('fuzz.md', mutant.bytes, validate) };
  } catch (error) {
    return { mutant: mutant.name, crash: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error) };
  }
}

/** Why a built contract disagrees with itself, if it does. */
function inconsistencies(contract: Contract, json: string): string[] {
  const found: string[] = [];
  const requestErrors = validate(contract.request.schema, contract.request.example.body);
  const responseErrors = validate(contract.response.schema, contract.response.example.body);
  if (requestErrors.length > 0) found.push(`request example fails its schema: ${JSON.stringify(requestErrors[0])}`);
  if (responseErrors.length > 0) found.push(`response example fails its schema: ${JSON.stringify(responseErrors[0])}`);
  if (contract.operation.paths.length === 0) found.push('no path');
  for (const path of contract.operation.paths) if (!PATH.test(path)) found.push(`path ${JSON.stringify(path)} is not a path`);
  const parameters = [...new Set(contract.operation.paths.flatMap(pathParameters))];
  if (JSON.stringify(parameters) !== JSON.stringify(contract.operation.pathParameters)) found.push('pathParameters differ from the paths');
  const sent = new Set(Object.keys(contract.request.example.body));
  for (const field of contract.echo.equal) if (!sent.has(field)) found.push(`echoes ${field}, which the example does not send`);
  for (const field of contract.echo.serverOwned) if (contract.echo.equal.includes(field)) found.push(`${field} is both echoed and server-owned`);
  if (!Object.hasOwn(contract.response.example.body, 'id')) found.push('response example has no id');
  if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(contract)) found.push('does not survive its own serialisation');
  // The mock serves the contract as written: its own example must be answered 201.
  const path = contract.operation.paths[0]?.replace(/\{[^}]*\}/g, 'p') ?? '/';
  const reply = answerRequest({ routes: new MockRoutes([contract]), clock: MOCK_CLOCK, schemas: MOCK_SCHEMAS }, { method: 'POST', url: `http://graph.mock.invalid/${contract.apiVersion}${path}`, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, bodyText: JSON.stringify(contract.request.example.body) });
  if (reply.status !== 201) found.push(`the mock answers its example ${reply.status}: ${reply.body.slice(0, 200)}`);
  return found;
}

function fuzz(pages: MutatedPage[]) {
  const verdicts = pages.map(build);
  const failed = verdicts.flatMap((verdict) => (verdict.outcome?.status === 'failed' ? [{ mutant: verdict.mutant, problems: verdict.outcome.problems.filter((problem) => problem.fatal) }] : []));
  const failedByCode: Record<string, number> = {};
  for (const { problems } of failed) for (const code of new Set(problems.map((problem) => problem.code))) failedByCode[code] = (failedByCode[code] ?? 0) + 1;
  const counts = {
    pages: verdicts.length,
    built: verdicts.filter((verdict) => verdict.outcome?.status === 'built').length,
    failed: failed.length,
    skipped: verdicts.filter((verdict) => verdict.outcome?.status === 'skipped').length,
    crashes: verdicts.filter((verdict) => verdict.crash).length,
    failedByCode: Object.fromEntries(Object.entries(failedByCode).sort(([a], [b]) => a.localeCompare(b))),
  };
  if (process.env.FUZZ_REPORT) console.info(JSON.stringify(counts));
  return { verdicts, failed, counts };
}

const suites = [
  { name: 'the five seeds', data: sharedData(['seeds']), perPage: MUTANTS_PER_SEED, stride: 1, seed: SEED },
  { name: `every ${CORPUS_STRIDE}th corpus page`, data: sharedData(['corpus']), perPage: MUTANTS_PER_CORPUS_PAGE, stride: CORPUS_STRIDE, seed: SEED + 1 },
] satisfies Array<{ name: string; data: SharedData; perPage: number; stride: number; seed: number }>;

describe.each(suites.map((suite) => ({ ...suite, name: nameNeeding(suite.name, suite.data) })))('fuzzing $name', ({ data, perPage, stride, seed }) => {
  const present = !data.missing;
  const { verdicts, failed, counts } = present ? fuzz(mutants(data.path, perPage, stride, seed)) : { verdicts: [], failed: [], counts: { pages: 0 } };

  test.skipIf(!present)('mutants were built at all (the generator produced pages)', () => {
    expect(counts.pages).toBeGreaterThanOrEqual(100);
  });

  test.skipIf(!present)('no page crashes the build: each ends built, failed or skipped', () => {
    const crashes = verdicts.filter((verdict) => verdict.crash || !verdict.outcome).map((verdict) => `${verdict.mutant} -> ${verdict.crash}`);
    const toolFailures = failed.filter(({ problems }) => problems.some((problem) => TOOL_FAILURE_CODES.has(problem.code))).map(({ mutant, problems }) => `${mutant} -> ${problems[0]?.message}`);
    expect([...crashes, ...toolFailures]).toEqual([]);
  });

  test.skipIf(!present)('every failure has a code and a line', () => {
    const uncoded = failed.filter(({ problems }) => problems.length === 0 || problems.some((problem) => !problem.code)).map(({ mutant }) => mutant);
    // Even what a page lacks has a line: its section's heading, or the page's last line.
    const unplaced = failed.flatMap(({ mutant, problems }) => problems.filter((problem) => !problem.line).map((problem) => `${mutant} -> ${problem.code}: ${problem.message}`));
    expect(uncoded).toEqual([]);
    expect(unplaced).toEqual([]);
  });

  test.skipIf(!present)('every built contract agrees with itself: examples fit their schemas, paths are paths', () => {
    const broken = verdicts.flatMap((verdict) => (verdict.outcome?.status === 'built' ? inconsistencies(verdict.outcome.contract, verdict.outcome.json).map((why) => `${verdict.mutant} -> ${why}`) : []));
    expect(broken).toEqual([]);
  });
});
