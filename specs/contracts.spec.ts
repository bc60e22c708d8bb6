// The contract gate: every contract x documented path is sent once to the configured target
// (the nock mock by default) and each check is its own test. Results go to task.meta for
// the reporter; this file writes nothing. The run context (configuration resolved once in
// vitest.config.ts, validator, clock, redactor) comes from the main process via inject.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHECK_NAMES, type CheckName } from '../helpers/checks/check-types.ts';
import { IdRegistry } from '../helpers/checks/id-check.ts';
import { createRunContext } from '../helpers/config/run-context.ts';
import { compareWithExpectation } from '../helpers/gate/compare-expectation.ts';
import { expectationFor, readExpectationsFile } from '../helpers/gate/expectations-file.ts';
import { judgeCheck } from '../helpers/gate/judge-check.ts';
import { formatUnreadable, loadContracts } from '../helpers/gate/load-contracts.ts';
import { noContractsReason } from '../helpers/gate/no-contracts-reason.ts';
import type { ContractCheckMeta, PathOutcome } from '../helpers/gate/path-outcome.ts';
import { judgeModelFindings } from '../helpers/gate/model-expectations.ts';
import { planPaths } from '../helpers/gate/plan-paths.ts';
import { promisePool } from '../helpers/gate/promise-pool.ts';
import { READ_OFF_REASON } from '../helpers/gate/read-back.ts';
import { sendContractPath } from '../helpers/gate/run-contract-path.ts';
import { inShard, selectContracts } from '../helpers/gate/select-contracts.ts';
import { selectTarget } from '../helpers/targets/select-target.ts';

const context = createRunContext(inject('runConfig'));
const { config, redactor } = context;
const shard = inject('contractShard') ?? undefined; // this project's share, see contract-projects.ts
// The baseline of known non-passing paths (GRAPH_EXPECTATIONS); an invalid file stops the run here.
const expectations = config.expectationsFile ? readExpectationsFile(config.expectationsFile) : undefined;
// A shard reads only its own files, unless CONTRACT is set: matching names and resources
// (and saying when nothing matches) needs every file.
const readsAll = !shard || config.contractFilter.trim() !== '';
const loaded = loadContracts(config.contractsDir, readsAll ? undefined : (name) => inShard(name, shard));
const matching = selectContracts(loaded.contracts, config.contractFilter, undefined);
const contracts = selectContracts(matching, '', shard);
// The folder, and files every shard read, are reported by the first shard; its own files by each.
const firstShard = !shard || shard.index === 1;
const unreadable = loaded.unreadable.filter((entry) => firstShard || (!readsAll && entry.code === 'CONTRACT_FILE_INVALID'));
const planned = planPaths(contracts);
// Whatever leaves this worker (assertion messages, task.meta, thrown errors) is redacted here.
const target = await selectTarget(context, contracts.map((c) => c.contract)).catch((error: unknown) => {
  throw redactor.redactError(error);
});
// The model check (tenant runs, GRAPH_METADATA): started now, alongside the sends; its own test
// below fails on a model that could not be had or an error-severity finding.
const modelCheck = target.modelCheck?.(contracts.map((c) => c.contract)).then((result) => redactor.redactDeep(result));
const ids = new IdRegistry();
// Sends start now, bounded, so they overlap with collection; each describe awaits its own.
const runner = { target, ids, schemas: context.schemas, ...(config.read.enabled ? {} : { readOff: READ_OFF_REASON }) };
// The pool bounds the creates; each read-back (which may wait for its entity to appear) runs after
// its create, outside the pool.
const sent = promisePool(planned.map((p) => () => sendContractPath(runner, p.contract, p.identity)), config.specConcurrency);
const sends = sent.map(async (path) => {
  const done = await path;
  return redactor.redactDeep('outcome' in done ? done.outcome : await done.readBack());
});

// vitest 4 passes fixtures first (they must be destructured) and the file task second.
afterAll(async ({}, file) => {
  await Promise.allSettled(sends);
  const checked = modelCheck ? await modelCheck.catch(() => undefined) : undefined;
  const run = { target: target.describe(), contracts: contracts.length, ...(checked ? { modelCheck: checked } : {}), ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), ...(unreadable.length > 0 ? { unreadableContracts: unreadable } : {}), ...(target.recordings ? { recordings: target.recordings() } : {}) };
  // Cleanup runs whatever failed. What it could not delete goes into the report; a cleanup
  // that throws (e.g. the mock refused an unhandled request) also fails the file.
  try {
    file.meta.contractRun = redactor.redactDeep({ ...run, cleanup: await target.cleanup() });
  } catch (error) {
    const safe = redactor.redactError(error);
    file.meta.contractRun = { ...run, cleanup: { deleted: 0, leftovers: [] }, cleanupError: safe.message };
    throw safe;
  } finally {
    await target.close();
  }
});

test('there are contracts to run', () => {
  // Checked before sharding: a shard may legitimately hold none of a handful of contracts.
  const found = readsAll ? matching.length : loaded.listed;
  if (found === 0) expect.fail(noContractsReason(config.contractsDir, loaded, config.contractFilter));
});

if (modelCheck) {
  test('the contracts agree with the service model ($metadata)', async (context) => {
    const result = await modelCheck;
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    // An outage of $metadata is reported as unavailable and does not decide the run, unless
    // GRAPH_METADATA_REQUIRED=true; the findings of the models that were had still count.
    if (!result.required && result.errors.length > 0 && errors.length === 0) context.skip(`model unavailable (GRAPH_METADATA_REQUIRED is not "true"): ${result.errors.join('; ')}`);
    if (result.required) expect(result.errors, 'the model could not be had (GRAPH_METADATA_REQUIRED=true)').toEqual([]);
    // Judged against the baseline like the paths: only findings it does not list fail the run.
    const notLinted = new Set(result.notLinted.map((entry) => entry.file));
    const checked = new Set(contracts.map((c) => c.contract.source.file).filter((file) => !notLinted.has(file)));
    const judged = judgeModelFindings(result.findings, expectations, checked);
    expect(judged.unexpected.map((f) => `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message} [${f.code}]`), 'model check findings of severity error the expectations do not list').toEqual([]);
    if (config.expectationsStrict) expect(judged.fixed.map((f) => `${f.file}: ${f.code}${f.property ? ` ${f.property}` : ''}`), 'model findings listed in the expectations that no longer hold (strict)').toEqual([]);
  });
}

// Each unreadable file fails a test of its own, in one shard, named for the file; an unreadable
// folder is said once, by 'there are contracts to run'.
for (const entry of unreadable.filter((candidate) => candidate.code === 'CONTRACT_FILE_INVALID')) {
  test(`contract file ${entry.file} is readable`, () => {
    expect.fail(formatUnreadable(entry));
  });
}

planned.forEach(({ identity }, i) => {
  describe(`${identity.contract} ${identity.pathTemplate}`, () => {
    let outcome: PathOutcome;
    beforeAll(async () => {
      outcome = await sends[i]!;
    });
    for (const check of CHECK_NAMES) {
      test(check, ({ task, skip }) => assertCheck(outcome, check, task.meta, skip));
    }
  });
});

function assertCheck(outcome: PathOutcome, check: CheckName, meta: { contractCheck?: ContractCheckMeta }, skip: (note: string) => never): void {
  const verdict = compareWithExpectation(outcome.classified, expectationFor(expectations, outcome.contract, outcome.pathTemplate));
  const { meta: checkMeta, judgement } = judgeCheck(outcome, check, verdict);
  meta.contractCheck = checkMeta;
  if (judgement.action === 'skip') skip(judgement.note);
  if (judgement.action === 'fail') throw new Error(judgement.message);
  expect(judgement.failures, judgement.message).toEqual([]);
}
