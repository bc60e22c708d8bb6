import { describe, expect, it } from 'vitest';
import type { Contract, PropertyFacts } from '../../foundation/contract-types.ts';
import { applyBodyOverride } from './body-overrides.ts';
import { applyMarker, markerField } from './marker.ts';

const prop = (name: string, extra: Partial<PropertyFacts> = {}): PropertyFacts => ({ name, type: 'String', collection: false, readOnly: false, ...extra });
const withProps = (properties: PropertyFacts[]): Contract => ({ properties }) as unknown as Contract;

describe('markerField', () => {
  it.each([
    ['displayName preferred', [prop('userName'), prop('displayName'), prop('name')], 'displayName'],
    ['name when no displayName', [prop('name'), prop('description')], 'name'],
    ['a ...DisplayName field', [prop('userPrincipalName'), prop('userDisplayName')], 'userDisplayName'],
    ['read-only fields are skipped', [prop('displayName', { readOnly: true })], undefined],
    ['collections are skipped', [prop('displayName', { collection: true })], undefined],
    ['non-strings are skipped', [prop('displayName', { type: 'Int32' })], undefined],
    ['nothing suitable', [prop('id'), prop('status')], undefined],
  ])('%s', (_name, properties, want) => {
    expect(markerField(withProps(properties))).toBe(want);
  });
});

describe('applyMarker', () => {
  it.each([
    ['prefixes the documented value', { displayName: 'Display Name value' }, 'gc-1 Display Name value'],
    ['sets the field when absent', {}, 'gc-1 '],
  ])('%s', (_name, body, want) => {
    expect(applyMarker(body, 'displayName', 'gc-1 ').displayName).toBe(want);
  });
});

describe('applyBodyOverride', () => {
  it.each([
    ['no override', { a: 1 }, undefined, { a: 1 }],
    ['sets and adds fields', { a: 1, b: 2 }, { b: 3, c: 4 }, { a: 1, b: 3, c: 4 }],
    ['removes fields', { a: 1, b: 2 }, { $remove: ['b'] }, { a: 1 }],
    ['a value of null is sent as null', { a: 1 }, { a: null }, { a: null }],
  ])('%s', (_name, body, override, want) => {
    expect(applyBodyOverride(body, override)).toEqual(want);
  });
});
