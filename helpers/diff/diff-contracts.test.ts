// One small before/after pair per rule, on a contract built from a seed page: the rule id, its
// severity and the page line (`where`) of the changed fact. Rewording, example values and
// sources give no change.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Contract, JsonSchema } from '../foundation/contract-types.ts';
import { diffContract } from './diff-contracts.ts';
import { DIFF_RULES, diffRule, type DiffRuleId } from './diff-rules.ts';
import { diffContractSets } from './diff-sets.ts';

const SEED: Contract = JSON.parse(readFileSync(new URL('../../contracts/002_a8090e397cf0858b.json', import.meta.url), 'utf8'));
const FILE = SEED.source.file;
// The seed's table rows are lines 40-52, in the order of `properties`; paths on 23-25.
const LINE = { applicationVersion: 42, deviceTag: 46, deviceName: 47, flaggedReasons: 48, appIdentifier: 50, newProp: 53, paths: [23, 24, 25], exampleRequest: 64, exampleResponse: 92, permissions: 11 };

type Mutation = (before: Contract, after: Contract) => void;

const props = (contract: Contract, direction: 'request' | 'response') => contract[direction].schema.properties as Record<string, JsonSchema>;
const flagged = (contract: Contract, direction: 'request' | 'response') => props(contract, direction).flaggedReasons!.items as JsonSchema;

function addProperty(contract: Contract, directions: Array<'request' | 'response'>): void {
  contract.properties.push({ name: 'newProp', type: 'String', collection: false, readOnly: false });
  contract.source.lines!.properties.push(LINE.newProp);
  for (const direction of directions) props(contract, direction).newProp = { type: 'string', 'x-odata-type': 'Edm.String' };
}

function removeProperty(contract: Contract, name: string, directions: Array<'request' | 'response'>): void {
  for (const direction of directions) delete props(contract, direction)[name];
}

interface Case {
  rule: DiffRuleId;
  mutate: Mutation;
  line?: number;
  property?: string;
}

const CASES: Case[] = [
  { rule: 'api-version-changed', mutate: (_b, a) => { a.apiVersion = 'v1.0'; }, line: LINE.exampleRequest },
  { rule: 'post-path-added', mutate: (_b, a) => { a.operation.paths.push('/deviceAppManagement/other'); a.source.lines!.paths.push(26); }, line: 26 },
  { rule: 'post-path-removed', mutate: (_b, a) => { a.operation.paths.splice(1, 1); a.source.lines!.paths.splice(1, 1); }, line: LINE.paths[1] },
  { rule: 'permission-added', mutate: (_b, a) => { a.permissions.application = ['DeviceManagementApps.ReadWrite.All']; }, line: LINE.permissions },
  { rule: 'permission-removed', mutate: (_b, a) => { a.permissions.delegatedWork = []; }, line: LINE.permissions },
  { rule: 'request-property-added', mutate: (_b, a) => addProperty(a, ['request']), line: LINE.newProp, property: 'newProp' },
  { rule: 'request-required-property-added', mutate: (_b, a) => { addProperty(a, ['request']); a.request.schema.required = ['newProp']; }, line: LINE.newProp, property: 'newProp' },
  { rule: 'request-property-removed', mutate: (_b, a) => removeProperty(a, 'applicationVersion', ['request']), line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'request-property-became-required', mutate: (_b, a) => { a.request.schema.required = ['deviceName']; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'request-property-became-optional', mutate: (b) => { b.request.schema.required = ['deviceName']; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'request-property-type-changed', mutate: (_b, a) => { a.properties.find((p) => p.name === 'deviceTag')!.type = 'Int32'; }, line: LINE.deviceTag, property: 'deviceTag' },
  { rule: 'request-odata-type-changed', mutate: (_b, a) => { a.request.example.body['@odata.type'] = '#microsoft.graph.iosManagedAppRegistration'; }, line: LINE.exampleRequest, property: '@odata.type' },
  { rule: 'request-enum-value-added', mutate: (_b, a) => { (flagged(a, 'request').enum as string[]).push('jailbroken'); }, line: LINE.flaggedReasons, property: 'flaggedReasons' },
  { rule: 'request-enum-value-removed', mutate: (_b, a) => { flagged(a, 'request').enum = ['none']; }, line: LINE.flaggedReasons, property: 'flaggedReasons' },
  { rule: 'request-constraint-tightened', mutate: (_b, a) => { props(a, 'request').applicationVersion!.maxLength = 10; }, line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'request-constraint-loosened', mutate: (b) => { props(b, 'request').applicationVersion!.minLength = 3; }, line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'request-property-became-nullable', mutate: (_b, a) => { props(a, 'request').deviceName!.type = ['string', 'null']; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'request-property-became-non-nullable', mutate: (b) => { props(b, 'request').deviceName!.type = ['string', 'null']; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'response-property-added', mutate: (_b, a) => addProperty(a, ['response']), line: LINE.newProp, property: 'newProp' },
  { rule: 'response-property-removed', mutate: (_b, a) => removeProperty(a, 'applicationVersion', ['response']), line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'response-property-type-changed', mutate: (_b, a) => { props(a, 'response').deviceTag!.type = ['integer', 'null']; }, line: LINE.deviceTag, property: 'deviceTag' },
  { rule: 'response-enum-value-added', mutate: (b, a) => { flagged(b, 'response').enum = ['none', 'unknownFutureValue']; flagged(a, 'response').enum = ['none', 'unknownFutureValue', 'jailbroken']; }, line: LINE.flaggedReasons, property: 'flaggedReasons' },
  { rule: 'response-enum-value-added-before-sentinel', mutate: (b, a) => { flagged(b, 'response').enum = ['none', 'unknownFutureValue']; flagged(a, 'response').enum = ['none', 'jailbroken', 'unknownFutureValue']; }, line: LINE.flaggedReasons, property: 'flaggedReasons' },
  { rule: 'response-enum-value-removed', mutate: (_b, a) => { flagged(a, 'response').enum = ['none']; }, line: LINE.flaggedReasons, property: 'flaggedReasons' },
  { rule: 'response-constraint-tightened', mutate: (_b, a) => { props(a, 'response').applicationVersion!.maxLength = 10; }, line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'response-constraint-loosened', mutate: (b, a) => { props(b, 'response').applicationVersion!.maxLength = 10; props(a, 'response').applicationVersion!.maxLength = 20; }, line: LINE.applicationVersion, property: 'applicationVersion' },
  { rule: 'response-property-became-nullable', mutate: (b) => { props(b, 'response').deviceName!.type = 'string'; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'response-property-became-non-nullable', mutate: (_b, a) => { props(a, 'response').deviceName!.type = 'string'; }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'response-status-changed', mutate: (_b, a) => { a.response.status = 200; }, line: LINE.exampleResponse },
  { rule: 'response-id-no-longer-returned', mutate: (_b, a) => { a.response.schema.required = []; }, line: LINE.exampleResponse, property: 'id' },
  { rule: 'server-owned-property-added', mutate: (_b, a) => { a.echo.serverOwned.push('deviceName'); a.echo.equal = a.echo.equal.filter((f) => f !== 'deviceName'); }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'server-owned-property-removed', mutate: (b) => { b.echo.serverOwned.push('deviceName'); b.echo.equal = b.echo.equal.filter((f) => f !== 'deviceName'); }, line: LINE.deviceName, property: 'deviceName' },
  { rule: 'echo-field-added', mutate: (b) => { b.echo.equal = b.echo.equal.filter((f) => f !== 'deviceTag'); }, line: LINE.deviceTag, property: 'deviceTag' },
  { rule: 'echo-field-removed', mutate: (_b, a) => { a.echo.equal = a.echo.equal.filter((f) => f !== 'deviceTag'); }, line: LINE.deviceTag, property: 'deviceTag' },
];

function changesOf(mutate: Mutation) {
  const before = structuredClone(SEED);
  const after = structuredClone(SEED);
  mutate(before, after);
  return diffContract('beta/x', before, after);
}

describe('one rule per change', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (rule, { mutate, line, property }) => {
    const changes = changesOf(mutate);
    const change = changes.find((candidate) => candidate.rule === rule);
    expect(change, JSON.stringify(changes.map((c) => c.rule))).toBeDefined();
    expect(change!.severity).toBe(diffRule(rule).severity);
    expect(change!.contract).toBe('beta/x');
    expect(change!.where.file).toBe(FILE);
    if (line === undefined) expect(change!.where.line).toBeUndefined();
    else expect(change!.where.line).toBe(line);
    if (property) expect(change!.property).toBe(property);
    // A change is reported once per direction: no other rule fires for these single edits,
    // except a documented type change, which holds for request and response alike.
    const others = changes.filter((candidate) => candidate.rule !== rule && !(rule === 'request-property-type-changed' && candidate.rule === 'response-property-type-changed'));
    expect(others.map((c) => c.rule)).toEqual([]);
  });

  test('every rule of the table has its case', () => {
    const covered = new Set<string>([...CASES.map((c) => c.rule), 'contract-added', 'contract-removed']);
    expect(DIFF_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('a contract on one side only is added or removed, at its first POST path line', () => {
    const added = diffContractSets([], [{ name: 'beta/x', contract: SEED }]);
    const removed = diffContractSets([{ name: 'beta/x', contract: SEED }], []);
    expect(added.changes.map((c) => [c.rule, c.severity, c.where.line])).toEqual([['contract-added', 'info', LINE.paths[0]]]);
    expect(removed.changes.map((c) => [c.rule, c.severity, c.where.line])).toEqual([['contract-removed', 'breaking', LINE.paths[0]]]);
  });
});

describe('direction and the evolvable enum', () => {
  test('an enum member added without a sentinel reaches every client: a warning', () => {
    const changes = changesOf((_b, a) => { (flagged(a, 'response').enum as string[]).push('jailbroken'); });
    expect(changes.map((c) => [c.rule, c.severity])).toEqual([['response-enum-value-added-before-sentinel', 'warning']]);
  });

  test('the same member added to the request is info (the request accepts more), to the response after the sentinel info, before it a warning', () => {
    const after = (members: string[]) => changesOf((b, a) => { for (const d of ['request', 'response'] as const) { flagged(b, d).enum = ['none', 'unknownFutureValue']; flagged(a, d).enum = members; } });
    expect(after(['none', 'unknownFutureValue', 'jailbroken']).map((c) => [c.rule, c.severity])).toEqual([['request-enum-value-added', 'info'], ['response-enum-value-added', 'info']]);
    expect(after(['none', 'jailbroken', 'unknownFutureValue']).map((c) => [c.rule, c.severity])).toEqual([['request-enum-value-added', 'info'], ['response-enum-value-added-before-sentinel', 'warning']]);
  });

  test('a documented collection <-> single change is a type change in both directions', () => {
    const changes = changesOf((_b, a) => { a.properties.find((p) => p.name === 'deviceTag')!.collection = true; });
    expect(changes.map((c) => [c.rule, c.before, c.after])).toEqual([
      ['request-property-type-changed', 'String', 'String collection'],
      ['response-property-type-changed', 'String', 'String collection'],
    ]);
  });

  test('a nested property present on both sides that changed type is named parent/child', () => {
    const changes = changesOf((b, a) => {
      (props(b, 'request').appIdentifier!.properties as Record<string, JsonSchema>).packageId = { type: 'string' };
      (props(a, 'request').appIdentifier!.properties as Record<string, JsonSchema>).packageId = { type: 'integer' };
    });
    expect(changes.map((c) => [c.rule, c.property, c.where.line])).toEqual([['request-property-type-changed', 'appIdentifier/packageId', LINE.appIdentifier]]);
  });
});

describe('not contract changes', () => {
  test('rewording, example values, sources, doc defects and nested example fields give no change', () => {
    const changes = changesOf((_b, a) => {
      a.source = { ...a.source, sha256: '0'.repeat(64), dialect: 'text', lines: { ...a.source.lines!, exampleRequest: 70 } };
      a.request.example.body.deviceName = 'Another name';
      a.request.example.url = a.request.example.url.replace('managedAppRegistrations', 'managedAppRegistrations');
      a.response.example.body.deviceTag = 'Another tag';
      a.docDefects = [{ code: 'PLACEHOLDER_VALUE', message: 'reworded' }];
      (props(a, 'request').appIdentifier!.properties as Record<string, JsonSchema>).bundleId = { type: 'string' };
    });
    expect(changes).toEqual([]);
  });

  test('a contract compared with itself has no change', () => {
    expect(diffContract('beta/x', SEED, structuredClone(SEED))).toEqual([]);
  });
});

describe('severities follow the policy', () => {
  // Written out here, not read from the table, so a rule re-classed by mistake fails.
  const BREAKING = [
    'contract-removed', 'api-version-changed', 'post-path-removed', 'request-required-property-added', 'request-property-removed',
    'request-property-became-required', 'request-property-type-changed', 'request-odata-type-changed', 'request-enum-value-removed',
    'request-constraint-tightened', 'request-property-became-non-nullable', 'response-property-removed', 'response-property-type-changed',
    'response-status-changed', 'response-id-no-longer-returned',
  ];
  const WARNING = ['permission-removed', 'response-enum-value-added-before-sentinel', 'response-constraint-loosened', 'response-property-became-nullable', 'server-owned-property-added', 'echo-field-removed'];

  test('non-backward compatible changes are breaking, review-worthy ones warnings, the rest info', () => {
    for (const rule of DIFF_RULES) {
      const expected = BREAKING.includes(rule.id) ? 'breaking' : WARNING.includes(rule.id) ? 'warning' : 'info';
      expect([rule.id, rule.severity]).toEqual([rule.id, expected]);
    }
  });

  test('every rule says why, citing the policy or the guidelines where they speak', () => {
    for (const rule of DIFF_RULES) expect(rule.why.length).toBeGreaterThan(20);
    for (const id of BREAKING) expect(diffRule(id as DiffRuleId).why).toMatch(/^POLICY, non-backward compatible: "/);
  });
});

describe('page text in the changelog stays text', () => {
  test('a hostile property name and contract name print inside code spans in markdown, escaped in SARIF JSON', async () => {
    const { renderDiff } = await import('../cli/diff-output.ts');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const diff = diffContractSets([{ name: hostile, contract: SEED }], [{ name: hostile, contract: (() => { const c = structuredClone(SEED); c.properties.push({ name: hostile, type: 'String', collection: false, readOnly: false }); props(c, 'request')[hostile] = { type: 'string' }; return c; })() }]);
    const markdown = renderDiff(diff, 'markdown');
    expect(markdown).toContain(`### \`${hostile}\``);
    expect(markdown.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|<script/);
    expect(JSON.parse(renderDiff(diff, 'sarif')).runs[0].results[0].message.text).toContain(hostile);
  });
});
