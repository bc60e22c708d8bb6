import { describe, expect, it } from 'vitest';
import { parseHttpPaths } from './http-paths.ts';
import { ProblemLog } from '../foundation/diagnostics.ts';
import type { Block } from './page-blocks.ts';
import type { PagePath } from './page-model.ts';

// The HTTP Request section's code block, starting at line 10.
const code = (...lines: string[]): Block[] => [{ kind: 'code', lines, line: 10 }];

interface Case {
  given: Block[];
  want: { paths: PagePath[]; problems: Array<{ code: string; fatal: boolean; line?: number }> };
}

const cases: Array<[string, Case]> = [
  ['one path', {
    given: code('POST /widgetHub/widgetRequests'),
    want: { paths: [{ template: '/widgetHub/widgetRequests', parameters: [], line: 10 }], problems: [] },
  }],
  ['several paths, trailing slashes removed, parameters in order', {
    given: code('POST /widgetRequests/', 'POST /users/{userId}/widgetRequests//', 'POST /hubs/{hubId}/gadgets/{gadgetId}/widgetRequests'),
    want: {
      paths: [
        { template: '/widgetRequests', parameters: [], line: 10 },
        { template: '/users/{userId}/widgetRequests', parameters: ['userId'], line: 11 },
        { template: '/hubs/{hubId}/gadgets/{gadgetId}/widgetRequests', parameters: ['hubId', 'gadgetId'], line: 12 },
      ],
      problems: [],
    },
  }],
  ['type-cast segment kept', {
    given: code('POST /widgetHub/gadgets/{gadgetId}/microsoft.graph.fancyGadget/widgetRequests'),
    want: { paths: [{ template: '/widgetHub/gadgets/{gadgetId}/microsoft.graph.fancyGadget/widgetRequests', parameters: ['gadgetId'], line: 10 }], problems: [] },
  }],
  ['the same path twice (once with a slash) is listed once', {
    given: code('POST /widgetRequests', 'POST /widgetRequests/'),
    want: { paths: [{ template: '/widgetRequests', parameters: [], line: 10 }], problems: [] },
  }],
  ['indented POST lines and blank lines', {
    given: code('', '  POST /widgetRequests  ', ''),
    want: { paths: [{ template: '/widgetRequests', parameters: [], line: 11 }], problems: [] },
  }],
  ['"POST ** Collection URI ... not found" is fatal at its line', {
    given: code('POST /widgetRequests', 'POST ** Collection URI for microsoft.graph.widgetRequest not found'),
    want: { paths: [{ template: '/widgetRequests', parameters: [], line: 10 }], problems: [{ code: 'BROKEN_POST_PATH', fatal: true, line: 11 }] },
  }],
  ['a full URL is not a path', {
    given: code('POST https://graph.microsoft.com/beta** Collection URI for microsoft.graph.widgetRequest not found'),
    want: { paths: [], problems: [{ code: 'BROKEN_POST_PATH', fatal: true, line: 10 }] },
  }],
  ['no POST line', {
    given: code('GET /widgetRequests'),
    want: { paths: [], problems: [{ code: 'NO_POST_PATH', fatal: true }] },
  }],
  ['text and tables around the code are ignored', {
    given: [{ kind: 'text', text: 'POST /not/in/code', line: 3 }, ...code('POST /widgetRequests')],
    want: { paths: [{ template: '/widgetRequests', parameters: [], line: 10 }], problems: [] },
  }],
];

describe('parseHttpPaths', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const log = new ProblemLog('widget.md');
    expect(parseHttpPaths(given, log)).toEqual(want.paths);
    expect(log.problems).toMatchObject(want.problems);
  });
});
