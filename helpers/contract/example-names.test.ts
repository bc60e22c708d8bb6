import { describe, expect, it } from 'vitest';
import { exampleContractNames } from './example-names.ts';
import type { PageExample } from '../parse/page-model.ts';

const example = (name?: string, heading?: string): PageExample => ({
  ...(name ? { name } : {}), ...(heading ? { heading } : {}),
  request: { startLine: 'POST https://x/v1.0/a', headers: {}, body: {}, line: 1, bodyLine: 2 }, response: undefined, truncated: false, problems: [],
});

describe('exampleContractNames', () => {
  it.each([
    ['one example keeps the page\'s name', [example('create_gizmo')], ['api/x']],
    ['several: the annotation name, else the heading, else the place', [example('create_gizmo'), example(undefined, 'Example 2: On a bench!'), example()], ['api/x.create_gizmo', 'api/x.example-2-on-a-bench', 'api/x.example-3']],
    ['the same name twice stays unique', [example('create'), example('create')], ['api/x.create', 'api/x.create-2']],
    ['a name that is all punctuation falls back to the place', [example('***'), example('../..')], ['api/x.example-1', 'api/x.example-2']],
  ])('%s', (_name, examples, want) => {
    expect(exampleContractNames('api/x', examples)).toEqual(want);
  });
});
