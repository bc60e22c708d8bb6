// Recordings arrive in pull requests like any file: each hostile one (not JSON, the wrong shape,
// a path of no contract, 100 MB, active markup, a link out of the folder, a FIFO, nesting past
// any answer, a broken manifest) is one coded line naming the file; its paths are answered by
// the generated mock; every other recording still replays; nothing crashes or hangs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Contract } from '../../foundation/contract-types.ts';
import { contractFixture } from '../../testing/contract-fixture.ts';
import type { NockDefinition } from '../record/nock-definition.ts';
import type { Target } from '../target-types.ts';
import { createReplayTarget } from './create-replay-target.ts';

const PATH = contractFixture().operation.paths[0]!;
const RECORDED_PATH = `/beta${PATH.replace('{managedAppRegistrationId}', '00000000-0000-0000-0000-00000000beef')}`;
const good: NockDefinition[] = [{ scope: 'https://graph.microsoft.com:443', method: 'POST', path: RECORDED_PATH, body: {}, status: 418, response: { error: { code: 'Teapot', message: 'recorded' } }, rawHeaders: { 'content-type': 'application/json' }, responseIsBinary: false }];

const contractNamed = (name: string): Contract => contractFixture({ source: { ...contractFixture().source, file: `fixture/${name}.md` } });

/** Each hostile case: how its file is made, and the code it must be set aside with. */
const CASES: Array<[string, (file: string, outside: string) => void, string]> = [
  ['not-json', (file) => writeFileSync(file, '[{"scope": "https://graph.microsoft.com:443", '), 'RECORDING_NOT_JSON'],
  ['wrong-shape', (file) => writeFileSync(file, JSON.stringify({ scope: 'x', answers: [] })), 'RECORDING_INVALID'],
  ['no-method', (file) => writeFileSync(file, JSON.stringify([{ ...good[0], method: 'PATCH' }])), 'RECORDING_INVALID'],
  ['get-first', (file) => writeFileSync(file, JSON.stringify([{ ...good[0], method: 'GET' }])), 'RECORDING_INVALID'],
  ['no-contract-path', (file) => writeFileSync(file, JSON.stringify([{ ...good[0], path: '/beta/not/a/documented/path' }])), 'RECORDING_UNKNOWN_PATH'],
  ['huge', (file) => {
    // 100 MB without writing 100 MB: a sparse file.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
  }, 'RECORDING_TOO_LARGE'],
  ['script', (file) => writeFileSync(file, JSON.stringify([{ ...good[0], response: { displayName: '<script>alert(document.cookie)</script>' } }])), 'RECORDING_MARKUP'],
  ['link-out', (file, outside) => symlinkSync(outside, file), 'RECORDING_OUTSIDE_FOLDER'],
  ['deep', (file) => writeFileSync(file, `${'['.repeat(5000)}${']'.repeat(5000)}`), 'RECORDING_INVALID'],
  ['fifo', (file) => execFileSync('mkfifo', [file]), 'RECORDING_INVALID'],
];

const open: Target[] = [];
afterEach(async () => Promise.all(open.splice(0).map((target) => target.close())));

describe('hostile recordings', () => {
  test('each is one coded line naming its file; its paths are generated; the good recording still replays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-contracts-hostile-'));
    const outside = join(mkdtempSync(join(tmpdir(), 'graph-contracts-outside-')), 'elsewhere.json');
    writeFileSync(outside, JSON.stringify(good));
    mkdirSync(join(dir, 'fixture'));
    writeFileSync(join(dir, 'fixture/good.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'manifest.json'), '{"format": 2}');
    for (const [name, make] of CASES) make(join(dir, 'fixture', `${name}.json`), outside);

    const contracts = [contractNamed('good'), ...CASES.map(([name]) => contractNamed(name))];
    const target = createReplayTarget(contracts, { dir, strict: false });
    open.push(target);
    const judged: Array<[string, string, number | string]> = [];
    for (const contract of contracts) {
      const prepared = await target.prepare(contract, PATH);
      if (prepared.skip) throw new Error(prepared.reason);
      const answer = await target.send(prepared.request);
      judged.push([contract.source.file, prepared.judgedAgainst!.kind === 'generated' ? prepared.judgedAgainst!.why : prepared.judgedAgainst!.kind, answer.status]);
    }
    expect(judged[0]).toEqual(['fixture/good.md', 'recorded', 418]);
    expect(judged.slice(1)).toEqual(CASES.map(([name, , code]) => [`fixture/${name}.md`, `its recording was set aside: ${code}`, 201]));

    const problems = target.recordings!().replay!.problems;
    expect(problems.map((p) => [p.file.split('/').pop(), p.code])).toEqual([
      ['manifest.json', 'RECORDING_MANIFEST_INVALID'],
      ...CASES.map(([name, , code]) => [`${name}.json`, code]),
    ]);
    // One line each, naming the file and ending with the code.
    for (const problem of problems) expect(problem.message).toMatch(new RegExp(`^${dir}/\\S+: [^\\n]+ \\[${problem.code}\\]`));
  });
});
