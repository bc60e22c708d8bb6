// Runs killed before their cleanup leave entities; the sweep deletes exactly what their
// journals list (with or without a marker), then what carries the marker, then what an
// unanswered create sent; each collection listed once, each entity deleted once, 404s counted
// apart, and whatever it could not reach said with why. Against the fake Graph, in process:
// a "killed" run is a target that created and never cleaned up.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../config/run-config.ts';
import { createRunContext } from '../../config/run-context.ts';
import type { Contract } from '../../foundation/contract-types.ts';
import { startFakeGraph, type FakeGraph } from '../../testing/fake-graph/fake-graph-server.ts';
import { SAMPLE_CONTRACTS } from '../../testing/fake-graph/sample-contracts.ts';
import { tenantEnvFor } from '../../testing/fake-graph/tenant-env.ts';
import type { Target } from '../target-types.ts';
import { createTenantTarget } from './create-tenant-target.ts';
import { sweepLeftovers, type SweepOptions } from './sweep-leftovers.ts';
import { openTenantSession } from './tenant-session.ts';

const [LOG_REQUESTS, , USER_STATUSES] = SAMPLE_CONTRACTS as [Contract, Contract, Contract, Contract];
const stopped: Target[] = [];
let fake: FakeGraph;
afterEach(async () => {
  // Detach their signal handlers; what they would still delete is gone already (404s).
  await Promise.all(stopped.splice(0).map((target) => target.close()));
  await fake.close();
});

/** A run that creates on every path of `contracts` and dies before its cleanup. */
async function killedRun(contracts: Contract[], env: Record<string, string> = {}): Promise<void> {
  const target = await createTenantTarget(createRunContext(resolveRunConfig(tenantEnvFor(fake, env))));
  stopped.push(target);
  for (const contract of contracts) {
    for (const path of contract.operation.paths) {
      const prepared = await target.prepare(contract, path);
      if (prepared.skip) throw new Error(prepared.reason);
      await target.send(prepared.request).catch(() => undefined); // a timed-out create is the point of one test
    }
  }
}

async function sweep(contracts: Contract[] = SAMPLE_CONTRACTS, options: SweepOptions = {}) {
  const session = await openTenantSession(createRunContext(resolveRunConfig(tenantEnvFor(fake))));
  return sweepLeftovers(session, contracts, { isRunning: () => false, ...options });
}

const requests = (method: string) => fake.log.filter((line) => line.startsWith(`${method} `));
const journals = () => readdirSync(fake.journalDir);

describe('sweepLeftovers', () => {
  it("deletes exactly what a killed run's journal lists, marker or not, and removes the journal", async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await killedRun([LOG_REQUESTS, USER_STATUSES]);
    const statuses = fake.store.entries().find((e) => e.collectionPath.endsWith('/userStatuses'))!.collectionPath;
    fake.store.add(statuses, { id: 'someone-elses', userDisplayName: 'made by hand' });
    expect([fake.store.size(), journals()]).toEqual([3, [expect.stringMatching(/\.jsonl$/)]]);

    const deletesBefore = requests('DELETE').length;
    const result = await sweep();
    expect(result).toMatchObject({ deleted: 2, deletedBy: { journal: 2, marker: 0, fields: 0 }, alreadyGone: 0, leftovers: [], unreachable: [], journals: { read: 1, removed: 1, kept: [] } });
    expect(requests('DELETE').length - deletesBefore).toBe(2);
    expect(fake.store.entries().map((e) => e.entity.id)).toEqual(['someone-elses']);
    expect(journals()).toEqual([]);
    // The contract without a marker field is named as not searchable by marker, not left silent.
    expect(result.notScanned).toContainEqual(expect.objectContaining({ kind: 'no-marker', reason: 'managedAppLogCollectionRequest has no marker field' }));
  });

  it('finds marked leftovers when the journal is lost; each collection is listed once and each entity deleted once', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await killedRun([USER_STATUSES]);
    await killedRun([USER_STATUSES]);
    for (const file of journals()) rmSync(join(fake.journalDir, file));
    // Two contracts documenting one collection (a page and its plain-text rendering): one listing.
    const twin: Contract = { ...USER_STATUSES, source: { ...USER_STATUSES.source, file: 'text/user-statuses.txt' } };
    const logBefore = fake.log.length;
    const result = await sweep([USER_STATUSES, twin]);
    expect(result).toMatchObject({ deleted: 2, deletedBy: { journal: 0, marker: 2, fields: 0 }, leftovers: [], unreachable: [] });
    const sweepLog = fake.log.slice(logBefore);
    const listings = sweepLog.filter((line) => line.startsWith('GET ') && !line.includes('$top=1'));
    expect(listings).toHaveLength(1);
    expect(sweepLog.filter((line) => line.startsWith('DELETE '))).toHaveLength(2);
    expect(result.scanned).toEqual([expect.stringMatching(/^\/deviceAppManagement\/mobileAppConfigurations\/[0-9a-f-]+\/userStatuses$/)]);
    expect(fake.store.size()).toBe(0);
  });

  it('finds a create that never got its answer: by its marker, or by the fields it sent when the contract has none', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    // The answers come long after the client gave up, but the fake still creates.
    fake.switches.slowMs = 600;
    const params = { GRAPH_PARAM_managedAppRegistrationId: 'reg-1', GRAPH_PARAM_managedDeviceMobileAppConfigurationId: 'cfg-1' };
    await killedRun([LOG_REQUESTS, USER_STATUSES], { ...params, GRAPH_REQUEST_TIMEOUT_MS: '100' });
    await expect.poll(() => fake.store.size(), { timeout: 5_000 }).toBe(2);
    fake.switches.slowMs = 0;
    // The sweep's own discovery finds another configuration than cfg-1: only the journal knows that collection.
    const result = await sweep();
    expect(result).toMatchObject({ deleted: 2, deletedBy: { journal: 0, marker: 1, fields: 1 }, leftovers: [], unreachable: [], journals: { read: 1, removed: 1 } });
    expect(result.scanned).toContain('/deviceAppManagement/mobileAppConfigurations/cfg-1/userStatuses');
    expect(fake.store.size()).toBe(0);
  });

  it('leaves the journal and the marked entities of a run still going alone', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await killedRun([USER_STATUSES]);
    const result = await sweep(SAMPLE_CONTRACTS, { isRunning: () => true });
    expect(result).toMatchObject({ deleted: 0, journals: { read: 0, skipped: [{ reason: expect.stringContaining('its run is still going') }] } });
    expect([fake.store.size(), journals().length]).toEqual([1, 1]);
  });

  it('counts a 404 as already gone, keeps a refused entity with why, and the next sweep deletes only what is left', async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await killedRun([LOG_REQUESTS, USER_STATUSES]);
    const [first, second] = fake.store.entries();
    fake.store.remove(first!.collectionPath, String(first!.entity.id));
    fake.switches.refuseDeleteIds = [String(second!.entity.id)];
    const result = await sweep();
    expect(result).toMatchObject({ deleted: 0, alreadyGone: 1, leftovers: [{ id: second!.entity.id, reason: expect.stringContaining('DELETE answered 403') }], journals: { removed: 0, kept: [expect.any(String)] } });
    expect(readFileSync(result.journals.kept[0]!, 'utf8')).toContain('"kind":"deleted"');

    fake.switches.refuseDeleteIds = [];
    const deletesBefore = requests('DELETE').length;
    const again = await sweep();
    expect(again).toMatchObject({ deleted: 1, alreadyGone: 0, leftovers: [], journals: { removed: 1 } });
    expect(requests('DELETE').slice(deletesBefore)).toEqual([expect.stringContaining(String(second!.entity.id))]);
    expect([fake.store.size(), journals()]).toEqual([0, []]);
  });

  it("names a journal it cannot read, and skips another tenant's", async () => {
    fake = await startFakeGraph({ contracts: SAMPLE_CONTRACTS });
    await killedRun([USER_STATUSES]);
    const [file] = journals();
    const text = readFileSync(join(fake.journalDir, file!), 'utf8');
    writeFileSync(join(fake.journalDir, 'other.jsonl'), text.replace(fake.app.tenantId, '99999999-9999-9999-9999-999999999999'));
    writeFileSync(join(fake.journalDir, 'broken.jsonl'), `${text.split('\n')[0]}\nnot json\n{"kind":"deleted","url":"x","status":204}\n`);
    const result = await sweep([]);
    expect(result.unreachable).toEqual([{ what: `journal ${join(fake.journalDir, 'broken.jsonl')}`, reason: expect.stringMatching(/^line 2 is not a journal record: not json; what it lists was not swept/) }]);
    expect(result.journals.skipped).toEqual([{ file: join(fake.journalDir, 'other.jsonl'), reason: expect.stringContaining('written by a run on tenant 99999999-9999-9999-9999-999999999999') }]);
    expect(result.deletedBy.journal).toBe(1);
    expect(existsSync(join(fake.journalDir, 'other.jsonl'))).toBe(true);
  });
});
