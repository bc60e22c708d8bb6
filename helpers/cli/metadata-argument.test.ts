import { describe, expect, it } from 'vitest';
import { parseMetadataArgument } from './metadata-argument.ts';

describe('--metadata [label=]<file|url>', () => {
  it.each([
    ['a file named for its version', '../metadata/beta-2021-07-13.xml', { label: 'beta-2021-07-13', source: '../metadata/beta-2021-07-13.xml', version: 'beta' }],
    ['a labelled cloud file', 'usgov=../m/v1.0-Fairfax-2026-08-03.csdl', { label: 'usgov', source: '../m/v1.0-Fairfax-2026-08-03.csdl', version: 'v1.0' }],
    ['a label naming the version', 'v1.0=model.xml', { label: 'v1.0', source: 'model.xml', version: 'v1.0' }],
    ['a URL', 'https://graph.microsoft.com/beta/$metadata', { label: 'graph.microsoft.com/beta', source: 'https://graph.microsoft.com/beta/$metadata', version: 'beta' }],
    ['a file with no version in its name', 'service.xml', { label: 'service', source: 'service.xml' }],
  ])('reads %s', (_name, given, want) => {
    expect(parseMetadataArgument(given)).toEqual(want);
  });
});
