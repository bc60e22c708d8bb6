// The contract gate: every contract x documented path is sent once to the configured target
// (the nock mock by default) and each check is its own test. Results go to task.meta for
// the reporter; this file writes nothing.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHECK_NAMES, type CheckName } from '../helpers/checks/check-types.ts';
import { IdRegistry } from '../helpers/checks/id-check.ts';
import { loadEnv } from '../helpers/config/load-env.ts';
import { resolveRunConfig } from '../helpers/config/run-config.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import type { ContractCheckMeta, PathOutcome } from '../helpers/gate/path-outcome.ts';
import { planPaths } from '../helpers/gate/plan-paths.ts';
import { promisePool } from '../helpers/gate/promise-pool.ts';
import { runContractPath } from '../helpers/gate/run-contract-path.ts';
import { selectContracts } from '../helpers/gate/select-contracts.ts';
import { describeFailures } from '../helpers/gate/describe-failures.ts';
import { selectTarget } from '../helpers/targets/select-target.ts';

const config = resolveRunConfig(loadEnv());
const shard = inject('contractShard') ?? undefined; // this project's share, see contract-projects.ts
const matching = selectContracts(loadContracts(config.contractsDir), config.contractFilter, undefined);
const contracts = selectContracts(matching, '', shard);
const planned = planPaths(contracts);
const target = await selectTarget(config, contracts.map((c) => c.contract));
const ids = new IdRegistry();
// Sends start now, bounded, so they overlap with collection; each describe awaits its own.
const concurrency = Number(process.env.SPEC_CONCURRENCY ?? (target.kind === 'mock' ? 8 : 2));
const sends = promisePool(planned.map((p) => () => runContractPath(target, p.contract, p.identity, ids)), concurrency);

// vitest 4 passes fixtures first (they must be destructured) and the file task second.
afterAll(async ({}, file) => {
  await Promise.allSettled(sends);
  // Cleanup runs whatever failed. What it could not delete goes into the report; a cleanup
  // that throws (e.g. the mock refused an unhandled request) also fails the file.
  try {
    const cleanup = await target.cleanup();
    file.meta.contractRun = { target: target.describe(), contracts: contracts.length, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), cleanup };
  } catch (error) {
    const cleanupError = error instanceof Error ? error.message : String(error);
    file.meta.contractRun = { target: target.describe(), contracts: contracts.length, cleanup: { deleted: 0, leftovers: [] }, cleanupError };
    throw error;
  } finally {
    await target.close();
  }
});

test('there are contracts to run', () => {
  // Checked before sharding: a shard may legitimately hold none of a handful of contracts.
  expect(matching.length, `No contract in ${config.contractsDir} matches CONTRACT="${config.contractFilter}"`).toBeGreaterThan(0);
});

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
  const identity = { contract: outcome.contract, resource: outcome.resource, apiVersion: outcome.apiVersion, pathTemplate: outcome.pathTemplate };
  if (outcome.kind === 'skipped') {
    meta.contractCheck = { identity, check, outcome: 'skipped', skipReason: outcome.reason };
    skip(outcome.reason);
  }
  if (outcome.kind === 'error') {
    meta.contractCheck = { identity, check, outcome: 'error', skipReason: `${outcome.code}: ${outcome.message}` };
    throw new Error(`${outcome.contract} ${outcome.pathTemplate}: the target failed before any check (${outcome.code}): ${outcome.message}`);
  }
  const result = outcome.checks[check];
  meta.contractCheck = { identity, check, outcome: result.ok ? 'passed' : 'failed', result, retries: outcome.retries, status: outcome.status };
  if (check === 'id' && outcome.createdId !== undefined) meta.contractCheck.createdId = outcome.createdId;
  expect(result.failures, describeFailures(outcome, result)).toEqual([]);
}
