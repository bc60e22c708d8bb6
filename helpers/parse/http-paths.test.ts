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
  ['alternatives name one parameter: the first is taken, spaces or not', {
    given: code('POST /users/{id | userPrincipalName}/gizmos', 'POST /teams/{team-id|name}/gizmos', 'POST /hubs/{hub id}/gizmos'),
    want: {
      paths: [
        { template: '/users/{id}/gizmos', parameters: ['id'], line: 10 },
        { template: '/teams/{team-id}/gizmos', parameters: ['team-id'], line: 11 },
        { template: '/hubs/{hub-id}/gizmos', parameters: ['hub-id'], line: 12 },
      ],
      problems: [],
    },
  }],
  ['one name for two parameters: the second is numbered, so each can have its own value', {
    given: code('POST /groups/{id}/events/{id}/attachments'),
    want: { paths: [{ template: '/groups/{id}/events/{id2}/attachments', parameters: ['id', 'id2'], line: 10 }], problems: [] },
  }],
  ['OData segments: path-based addressing, function calls, alternate keys, $ref', {
    given: code("POST /drives/{drive-id}/root:/{item-path}:/children", "POST /books/{id}/sheets/{name}/range(address='<address>')/borders", 'POST /roles/roleTemplateId={roleTemplateId}/members/$ref', "POST /books/{id}/cell(row=1,column={column})/notes"),
    want: {
      paths: [
        { template: '/drives/{drive-id}/root:/{item-path}:/children', parameters: ['drive-id', 'item-path'], line: 10 },
        { template: "/books/{id}/sheets/{name}/range(address='{address}')/borders", parameters: ['id', 'name', 'address'], line: 11 },
        { template: '/roles/roleTemplateId={roleTemplateId}/members/$ref', parameters: ['roleTemplateId'], line: 12 },
        { template: '/books/{id}/cell(row=1,column={column})/notes', parameters: ['id', 'column'], line: 13 },
      ],
      problems: [],
    },
  }],
  ['a path without its leading slash is read with it, a located defect', {
    given: code('POST policies/gizmoPolicies'),
    want: { paths: [{ template: '/policies/gizmoPolicies', parameters: [], line: 10 }], problems: [{ code: 'POST_PATH_WITHOUT_SLASH', fatal: false, line: 10 }] },
  }],
  ['a full Graph URL is read as its path after the version, a located defect', {
    given: code('POST https://graph.microsoft.com/beta/sites/{site-id}/lists'),
    want: { paths: [{ template: '/sites/{site-id}/lists', parameters: ['site-id'], line: 10 }], problems: [{ code: 'POST_PATH_AS_URL', fatal: false, line: 10 }] },
  }],
  ['a "..." segment elides a pattern: that line is left out, the others read', {
    given: code('POST /me/folders/{id}/messages', 'POST /me/folders/{id}/.../messages'),
    want: { paths: [{ template: '/me/folders/{id}/messages', parameters: ['id'], line: 10 }], problems: [{ code: 'POST_PATH_ELIDED', fatal: false, line: 11 }] },
  }],
  ['a page that creates with PUT is not a POST create page', {
    given: code('PUT /organization/{id}/branding', 'PATCH /organization/{id}/branding'),
    want: { paths: [], problems: [{ code: 'NOT_A_CREATE_PAGE', fatal: true, line: 10 }] },
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
