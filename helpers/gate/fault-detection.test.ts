// Proof that the gate catches a broken service and stays silent on a correct one: every
// fault of mock-faults.ts, on every seed contract, must be reported by the RIGHT check
// with the right code, and by no check that has no business failing (a `read-` fault by the
// read check alone).
import { describe, expect, test } from 'vitest';
import type { CheckCode, CheckName } from '../checks/check-types.ts';
import { IdRegistry } from '../checks/id-check.ts';
import { createSchemaValidator } from '../contract/compile-schema.ts';
import { createMockTarget } from '../targets/mock/create-mock-target.ts';
import { FAULT_NAMES, faultTransformer, type FaultName } from '../testing/mock-faults.ts';
import { loadSeedContracts } from '../testing/seed-contracts.ts';
import type { PathOutcome } from './path-outcome.ts';
import { planPaths } from './plan-paths.ts';
import { runContractPath } from './run-contract-path.ts';

interface Expectation {
  check?: CheckName;
  codes?: CheckCode[];
  /** Checks that may fail too, because the fault really breaks their promise as well. */
  collateral?: CheckName[];
}

const BODY_GONE: CheckName[] = ['echo', 'id'];
const EXPECTED: Record<FaultName, Expectation> = {
  'dropped-field': { check: 'echo', codes: ['ECHO_MISSING'] },
  // An altered enum value also leaves the schema's enum.
  'altered-string': { check: 'echo', codes: ['ECHO_MISMATCH'], collateral: ['json'] },
  'date-moved-100ns': { check: 'echo', codes: ['ECHO_MISMATCH'] },
  'changed-number': { check: 'echo', codes: ['ECHO_MISMATCH'] },
  'dropped-array-item': { check: 'echo', codes: ['ECHO_LENGTH_MISMATCH'] },
  'wrong-odata-type': { check: 'echo', codes: ['ECHO_MISMATCH'] },
  'number-as-string': { check: 'echo', codes: ['ECHO_TYPE_MISMATCH'], collateral: ['json'] },
  // The response schemas require a non-empty id too.
  'no-id': { check: 'id', codes: ['ID_MISSING'], collateral: ['json'] },
  'empty-id': { check: 'id', codes: ['ID_EMPTY'], collateral: ['json'] },
  'same-id-twice': { check: 'id', codes: ['ID_DUPLICATE'] },
  'status-200': { check: 'status', codes: ['STATUS_MISMATCH'] },
  'status-500': { check: 'status', codes: ['STATUS_MISMATCH'], collateral: ['json', ...BODY_GONE] },
  'html-body': { check: 'json', codes: ['CONTENT_TYPE_NOT_JSON'], collateral: BODY_GONE },
  'invalid-json': { check: 'json', codes: ['BODY_INVALID_JSON'], collateral: BODY_GONE },
  'correct-with-extras': {},
  // The create's answer is right; only reading the entity back shows the fault.
  'read-404': { check: 'read', codes: ['READ_NOT_FOUND'] },
  'read-drop-field': { check: 'read', codes: ['READ_MISSING'] },
  'read-change-value': { check: 'read', codes: ['READ_MISMATCH'] },
  'read-type': { check: 'read', codes: ['READ_TYPE_MISMATCH'] },
  'read-write-only': { check: 'read', codes: ['READ_WRITE_ONLY'] },
  // Eventual consistency is no fault: the entity appears within the deadline.
  'read-appears-late': {},
};

// Reads poll fast here (the polling itself is read-until-found.test.ts's); a missing entity is
// given up on soon, one that appears late has time to, however loaded the machine.
const readPolling = (fault: FaultName) => ({ deadlineMs: fault === 'read-404' ? 100 : 5_000, firstWaitMs: 5, maxWaitMs: 40 });

const seeds = loadSeedContracts();
const schemas = createSchemaValidator();

async function runWithFault(fault: FaultName, seedIndex: number): Promise<PathOutcome | string> {
  const { contract, name } = seeds[seedIndex]!;
  const transformer = faultTransformer(fault, contract);
  if ('notApplicable' in transformer) return transformer.notApplicable;
  const target = createMockTarget([contract], { transformResponse: transformer, schemas, readPolling: readPolling(fault) });
  try {
    const [path] = planPaths([{ name, contract }]);
    const runner = { target, ids: new IdRegistry(), schemas };
    // Two creates, so a service handing out the same id twice can be caught.
    if (fault === 'same-id-twice') await runContractPath(runner, contract, path!.identity, 'first create');
    return await runContractPath(runner, contract, path!.identity, 'second create');
  } finally {
    await target.close();
  }
}

describe.each(FAULT_NAMES.map((f) => [f]))('%s', (fault) => {
  const want = EXPECTED[fault];
  const applied: string[] = [];
  test.for(seeds.map((s, i) => [s.name, i] as const))('on %s', async ([, i], { skip }) => {
    const outcome = await runWithFault(fault, i);
    // Not applicable (e.g. no number is sent): shown as skipped; the test below keeps it honest.
    if (typeof outcome === 'string') return skip(outcome);
    applied.push(seeds[i]!.name);
    expect(outcome.kind).toBe('ran');
    if (outcome.kind !== 'ran') return;
    const failing = Object.values(outcome.checks).filter((c) => !c.ok).map((c) => c.check);
    if (fault === 'read-appears-late') expect(outcome.read?.appearedAfterMs).toBeGreaterThan(0);
    if (!want.check) {
      expect(Object.values(outcome.checks).flatMap((c) => c.failures)).toEqual([]);
      return;
    }
    expect(failing).toContain(want.check);
    expect(outcome.checks[want.check].failures.map((f) => f.code)).toEqual(expect.arrayContaining(want.codes ?? []));
    for (const check of failing) expect([want.check, ...(want.collateral ?? [])]).toContain(check);
  });
  test('applies to at least one seed', () => {
    expect(applied.length, `${fault} could not be applied to any seed contract`).toBeGreaterThan(0);
  });
});
