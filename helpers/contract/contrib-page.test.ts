import { describe, expect, it } from 'vitest';
import { buildPage } from './build-page.ts';
import { createBodyValidator } from './body-validator.ts';
import { createAjv } from './create-ajv.ts';
import type { Contract } from '../foundation/contract-types.ts';
import type { PageProblem } from '../foundation/diagnostics.ts';
import { edit, fixture } from '../parse/fixtures/fixture-pages.ts';

// Today's pages (microsoftgraph/microsoft-graph-docs-contrib) have constructs the 2021 corpus
// lacks. `gizmo-order-create-contrib.md` is a page we wrote with all of them; each row names one
// construct and the facts it must still give, or the defect, at its line, where the page is wrong.

const page = fixture('gizmo-order-create-contrib.md');
const validate = createBodyValidator(createAjv());
// Filed as contrib files them, under a version folder; the pages made v1.0 below are filed under v1.0/.
const build = (text: string) => buildPage(`${/graph\.microsoft\.com\/v1\.0\//.test(text) ? 'v1.0' : 'beta'}/api/gizmo-order-create.md`, new TextEncoder().encode(text), validate);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const property = (contract: Contract, name: string) => contract.properties.find((candidate) => candidate.name === name);

interface Row {
  given: string;
  want: (contract: Contract, problems: PageProblem[], given: string) => void;
}

const rows: Array<[string, Row]> = [
  ['the page as written builds without a problem', {
    given: page,
    want: (contract, problems) => {
      expect(problems).toEqual([]);
      expect(contract).toMatchObject({ resource: 'gizmoOrder', namespace: 'microsoft.graph', apiVersion: 'beta' });
    },
  }],
  ['ms.subservice and ms.date front matter: the title still comes from it', {
    given: edit(page, '# Create gizmoOrder', '# Create something else'),
    want: (contract, problems) => {
      expect(problems).toEqual([]);
      expect(contract.resource).toBe('gizmoOrder');
    },
  }],
  ['the newer beta banner marks a beta page (a v1.0 URL on it is a VERSION_MISMATCH)', {
    given: edit(page, 'graph.microsoft.com/beta/', 'graph.microsoft.com/v1.0/'),
    want: (contract, problems) => {
      expect(contract.apiVersion).toBe('v1.0');
      expect(problems.map((problem) => problem.code)).toEqual(['VERSION_MISMATCH']);
    },
  }],
  ['the beta disclaimer as an [!INCLUDE] marks a beta page too', {
    given: edit(edit(page, /> \*\*Important:\*\*[^\n]*\n/, '[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n'), 'graph.microsoft.com/beta/', 'graph.microsoft.com/v1.0/'),
    want: (_contract, problems) => expect(problems.map((problem) => problem.code)).toEqual(['VERSION_MISMATCH']),
  }],
  ['[!INCLUDE] lines after the description: a v1.0 page (no banner) stays v1.0, facts unchanged', {
    given: edit(edit(page, /> \*\*Important:\*\*[^\n]*\n/, ''), 'graph.microsoft.com/beta/', 'graph.microsoft.com/v1.0/'),
    want: (contract, problems) => {
      expect(problems).toEqual([]);
      expect(contract).toMatchObject({ apiVersion: 'v1.0', namespace: 'microsoft.graph', resource: 'gizmoOrder' });
      expect(contract.properties).toHaveLength(8);
    },
  }],
  ['a type column written as inline code: primitive, enum and range types kept', {
    given: page,
    want: (contract) => {
      expect(property(contract, 'displayName')).toMatchObject({ type: 'String' });
      expect(property(contract, 'priority')).toMatchObject({ type: 'gizmoPriority', referencedType: 'gizmoPriority' });
      expect(property(contract, 'quantity')).toMatchObject({ type: 'Int32', minimum: 1, maximum: 99 });
      expect(property(contract, 'createdDateTime')).toMatchObject({ type: 'DateTimeOffset', readOnly: true });
    },
  }],
  ['"The possible values are:" gives the enum', {
    given: page,
    want: (contract) => expect(property(contract, 'priority')?.enumValues).toEqual(['low', 'high', 'unknownFutureValue']),
  }],
  ['single-quoted values give the enum without their quotes', {
    given: page,
    want: (contract) => expect(property(contract, 'channel')?.enumValues).toEqual(['web', 'store']),
  }],
  ['an unclosed backtick inside a cell stays inside its row', {
    given: page,
    want: (contract) => {
      expect(property(contract, 'pattern')).toMatchObject({ type: 'String', readOnly: true });
      expect(property(contract, 'owner')).toMatchObject({ type: 'String', readOnly: true });
    },
  }],
  ['<placeholder> inside code in a cell is not taken for markup that ends the row', {
    given: page,
    want: (contract) => {
      expect(property(contract, 'owner')).toMatchObject({ type: 'String', readOnly: true });
      expect(contract.properties.map((candidate) => candidate.name)).toEqual(['id', 'displayName', 'priority', 'channel', 'pattern', 'owner', 'quantity', 'createdDateTime']);
    },
  }],
  ['```http without a space: the POST path and both examples are read', {
    given: page,
    want: (contract) => {
      expect(contract.operation.paths).toEqual(['/gizmoHub/gizmoOrders']);
      expect(contract.request.example.path).toBe('/gizmoHub/gizmoOrders');
      expect(contract.response.example.body).toMatchObject({ id: '0b9d7e3a-0000-4000-8000-00000000c0de' });
    },
  }],
  ['no final newline: the same contract as with one', {
    given: page,
    want: (contract) => {
      expect(page.endsWith('```')).toBe(true);
      const withNewline = build(`${page}\n`);
      if (withNewline.status !== 'built') throw new Error('not built');
      expect({ ...withNewline.contract, source: undefined }).toEqual({ ...contract, source: undefined });
    },
  }],
  ['/v1/ in the example URL: UNKNOWN_API_VERSION at the request line; version from the page, path still compared', {
    given: edit(page, 'graph.microsoft.com/beta/', 'graph.microsoft.com/v1/'),
    want: (contract, problems, given) => {
      expect(problems).toMatchObject([{ code: 'UNKNOWN_API_VERSION', fatal: false, line: lineOf(given, 'POST https://') }]);
      expect(contract).toMatchObject({ apiVersion: 'beta', request: { example: { path: '/gizmoHub/gizmoOrders' } } });
    },
  }],
  ['a prose list, then the generated backticked list: the backticked one, and a defect where they disagree', {
    given: edit(page, 'How urgent it is. The possible values are:', 'How urgent it is. Possible values are: low, medium, high. The possible values are:'),
    want: (contract, problems, given) => {
      expect(property(contract, 'priority')?.enumValues).toEqual(['low', 'high', 'unknownFutureValue']);
      expect(problems).toMatchObject([{ code: 'POSSIBLE_VALUES_DISAGREE', fatal: false, field: 'priority', line: lineOf(given, '|priority|') }]);
    },
  }],
  ['a prose list that agrees with the backticked one is no defect', {
    given: edit(page, 'How urgent it is. The possible values are:', 'How urgent it is. Possible values are: low, high, unknownFutureValue. The possible values are:'),
    want: (contract, problems) => {
      expect(property(contract, 'priority')?.enumValues).toEqual(['low', 'high', 'unknownFutureValue']);
      expect(problems).toEqual([]);
    },
  }],
  ['a property only the example response has: UNDOCUMENTED_PROPERTY at the response body', {
    given: edit(page, '"quantity": 3,\n  "createdDateTime"', '"quantity": 3,\n  "trackingCode": "T-1",\n  "createdDateTime"'),
    want: (_contract, problems, given) => {
      expect(problems).toMatchObject([{ code: 'UNDOCUMENTED_PROPERTY', fatal: false, field: 'trackingCode' }]);
      const lines = given.split('\n');
      expect(lines[problems[0]!.line! - 1]).toBe('{');
      expect(lines[problems[0]!.line! - 4]).toBe('HTTP/1.1 201 Created');
    },
  }],
];

describe('a page in the style of today\'s docs', () => {
  it.each(rows)('%s', (_name, { given, want }) => {
    const outcome = build(given);
    if (outcome.status !== 'built') throw new Error(`not built: ${JSON.stringify(outcome)}`);
    want(outcome.contract, outcome.problems, given);
  });
});
